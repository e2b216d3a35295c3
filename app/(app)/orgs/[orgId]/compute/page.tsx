import type { Metadata } from 'next';
import { getDb } from '@/db';
import { listClusters } from '@/db/queries/compute';
import { requireOrgAccess } from '@/lib/auth/access';
import { can } from '@/lib/permissions';
import {
  CreateClusterDialog,
  CreateNodepoolDialog,
  DeleteClusterButton,
  DeleteNodepoolButton,
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
  const access = await requireOrgAccess(orgId, 'compute.view');
  const manage = can(access.role, 'compute.manage');
  const clusters = await listClusters(await getDb(), orgId);
  return (
    <main className="p-4 sm:p-6">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Compute</h1>
          <p className="text-sm text-fg-muted">Clusters and their nodepools, where this organization&apos;s models are deployed.</p>
        </div>
        {manage ? <CreateClusterDialog orgId={orgId} /> : null}
      </div>
      {clusters.length === 0 ? (
        <EmptyState>No clusters yet{manage ? ' — Create cluster.' : '.'}</EmptyState>
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
                    <CreateNodepoolDialog orgId={orgId} clusterId={cluster.id} />
                    <RenameClusterDialog orgId={orgId} clusterId={cluster.id} name={cluster.name} />
                    <DeleteClusterButton orgId={orgId} clusterId={cluster.id} />
                  </div>
                ) : null}
              </div>
              {cluster.nodepools.length === 0 ? (
                <p className="px-4 py-3 text-sm text-fg-muted">No nodepools.</p>
              ) : (
                <DataTable
                  caption={`Nodepools of ${cluster.name}`}
                  frame="none"
                  compact
                  rows={cluster.nodepools}
                  rowKey={(pool) => pool.id}
                  columns={[
                    { header: 'Nodepool', cell: (pool) => pool.id },
                    { header: 'Instance type', cell: (pool) => pool.instanceType },
                    { header: 'Nodes', numeric: true, cell: (pool) => `${pool.minNodes}–${pool.maxNodes}` },
                    manage && {
                      header: 'Actions',
                      hideHeader: true,
                      cell: (pool) => <DeleteNodepoolButton orgId={orgId} clusterId={cluster.id} nodepoolId={pool.id} />,
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
