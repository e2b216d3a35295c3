import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { listClusters } from '@/db/queries/compute';
import { listMemberTeamLevels } from '@/db/queries/teams';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, canViewClustersForApp, levelGrants, TEAM_LEVEL_LABELS, type AppGrant } from '@/lib/permissions';
import {
  CreateClusterDialog,
  CreateNodepoolDialog,
  DeleteClusterButton,
  DeleteNodepoolButton,
  EditNodepoolDialog,
  RenameClusterDialog,
} from './_components/compute-dialogs';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { DeploymentsSection } from './_components/deployments-section';
import { singleValues } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Compute' };

export default async function ComputePage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams?: Promise<{ after?: string | string[] }>;
}) {
  const { orgId } = await params;
  const { after } = singleValues(await searchParams);
  const access = await requireOrgAccess(orgId);
  const db = await getDb();
  // 'compute.view' by role; else a Model Trainer team on some app ('app.deploy' includes viewing clusters
  // to pick a deployment target). Every team level of the member at once: canOnApp asks whether any one
  // team grants it, so the union over apps answers "on some app".
  const byRole = can(access.role, 'compute.view');
  const onSomeApp: AppGrant = { role: access.role, teams: byRole ? [] : await listMemberTeamLevels(db, orgId, access.user.id) };
  if (!byRole && !canViewClustersForApp(onSomeApp)) notFound();
  const deployingTeams = onSomeApp.teams.filter((team) => levelGrants(team.level, 'app.deploy'));
  const manage = can(access.role, 'compute.manage');
  const clusters = await listClusters(db, orgId);
  return (
    <main className="p-4 sm:p-6">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Compute</h1>
          <p className="text-sm text-fg-muted">Clusters and their nodepools, where this organization&apos;s models are deployed.</p>
        </div>
        {/* No cluster yet: the create button moves into the empty state (one `Create cluster` on the page). */}
        {manage && clusters.length > 0 ? <CreateClusterDialog orgId={orgId} /> : null}
      </div>
      {!byRole && deployingTeams.length > 0 ? (
        <p className="mb-4 rounded-md border border-border bg-bg-subtle px-3 py-2 text-sm">
          Read-only. Your team {deployingTeams[0]!.teamName} has the {TEAM_LEVEL_LABELS[deployingTeams[0]!.level]} permission on an app, so
          you see the clusters its models can be deployed to. Deploy from the model&apos;s page in that app.
        </p>
      ) : null}
      {clusters.length === 0 ? (
        <EmptyState action={manage ? <CreateClusterDialog orgId={orgId} /> : undefined}>No clusters yet.</EmptyState>
      ) : (
        <div className="space-y-4">
          {clusters.map((cluster) => (
            <section key={cluster.id} aria-labelledby={`cluster-${cluster.id}`} className="rounded-lg border border-border">
              <div className="flex flex-wrap items-center justify-between gap-3 border-b border-border px-4 py-3">
                <div>
                  <h2 id={`cluster-${cluster.id}`} className="font-semibold">
                    {cluster.name}
                  </h2>
                  <p className="text-xs text-fg-muted">
                    {cluster.id} · {cluster.region}
                  </p>
                </div>
                {manage ? (
                  <div className="flex gap-2">
                    {cluster.nodepools.length > 0 ? <CreateNodepoolDialog orgId={orgId} clusterId={cluster.id} /> : null}
                    <RenameClusterDialog orgId={orgId} clusterId={cluster.id} name={cluster.name} />
                    <DeleteClusterButton orgId={orgId} clusterId={cluster.id} />
                  </div>
                ) : null}
              </div>
              {cluster.nodepools.length === 0 ? (
                <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm text-fg-muted">
                  <p>No nodepools yet.</p>
                  {manage ? <CreateNodepoolDialog orgId={orgId} clusterId={cluster.id} /> : null}
                </div>
              ) : (
                <DataTable
                  caption={`Nodepools of ${cluster.name}`}
                  frame="none"
                  compact
                  rows={cluster.nodepools}
                  rowKey={(pool) => pool.id}
                  columns={[
                    {
                      header: 'Nodepool',
                      cell: (pool) => (
                        <>
                          {pool.id}
                          <div className="text-xs text-fg-muted sm:hidden">{pool.instanceType}</div>
                        </>
                      ),
                    },
                    { header: 'Instance type', from: 'sm', cell: (pool) => pool.instanceType },
                    { header: 'Nodes', numeric: true, cell: (pool) => `${pool.minNodes}–${pool.maxNodes}` },
                    manage && {
                      header: 'Actions',
                      hideHeader: true,
                      cell: (pool) => (
                        <div className="flex justify-end gap-2">
                          <EditNodepoolDialog orgId={orgId} clusterId={cluster.id} pool={pool} />
                          <DeleteNodepoolButton orgId={orgId} clusterId={cluster.id} nodepoolId={pool.id} />
                        </div>
                      ),
                    },
                  ]}
                />
              )}
            </section>
          ))}
        </div>
      )}
      {can(access.role, 'compute.deploy') ? <DeploymentsSection orgId={orgId} clusters={clusters} after={after} /> : null}
    </main>
  );
}
