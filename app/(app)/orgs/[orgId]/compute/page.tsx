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
import { EmptyState, thClass } from '@/components/ui/table';
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
                <div className="overflow-x-auto">
                  <table className="w-full text-sm">
                    <caption className="sr-only">Nodepools of {cluster.name}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className={thClass}>
                          Nodepool
                        </th>
                        <th scope="col" className={thClass}>
                          Instance type
                        </th>
                        <th scope="col" className={thClass}>
                          Nodes
                        </th>
                        {manage ? (
                          <th scope="col" className={thClass}>
                            <span className="sr-only">Actions</span>
                          </th>
                        ) : null}
                      </tr>
                    </thead>
                    <tbody>
                      {cluster.nodepools.map((pool) => (
                        <tr key={pool.id} className="border-t border-border">
                          <td className="px-4 py-2">{pool.id}</td>
                          <td className="px-4 py-2">{pool.instanceType}</td>
                          <td className="px-4 py-2 tabular-nums">
                            {pool.minNodes}–{pool.maxNodes}
                          </td>
                          {manage ? (
                            <td className="px-4 py-2 text-right">
                              <DeleteNodepoolButton orgId={orgId} clusterId={cluster.id} nodepoolId={pool.id} />
                            </td>
                          ) : null}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          ))}
        </div>
      )}
      {can(access.role, 'compute.deploy') ? <DeploymentsSection orgId={orgId} clusters={clusters} after={after} /> : null}
    </main>
  );
}
