import { getDb } from '@/db';
import type { ClusterDto } from '@/db/queries/compute';
import { listDeployments } from '@/db/queries/deployments';
import { formatDateTime } from '@/components/ui/date';
import { Pager } from '@/components/ui/pager';
import { EmptyState, thClass } from '@/components/ui/table';
import { DeployModelDialog, UndeployButton } from './deploy-dialogs';

/**
 * The compute page's Deployments section, for roles with 'compute.deploy' (any app's models): every
 * deployment of the organization, newest first, one page at a time; Deploy model and Undeploy.
 */
export async function DeploymentsSection({ orgId, clusters, after }: { orgId: string; clusters: ClusterDto[]; after?: string }) {
  const deployments = await listDeployments(await getDb(), orgId, { after });
  const targets = clusters.flatMap((c) =>
    c.nodepools.map((p) => ({ value: `${c.id}/${p.id}`, label: `${c.name} (${c.id}) / ${p.id} · ${p.instanceType}` })),
  );
  const base = `/orgs/${orgId}/compute`;
  return (
    <section aria-labelledby="deployments-heading" className="mt-8">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="deployments-heading" className="text-lg font-semibold">
            Deployments
          </h2>
          <p className="text-sm text-fg-muted">Model versions served on this organization&apos;s nodepools.</p>
        </div>
        <DeployModelDialog orgId={orgId} targets={targets} />
      </div>
      {deployments.rows.length === 0 ? (
        <EmptyState>{after ? 'No more deployments.' : 'No deployments yet — Deploy model.'}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-sm">
            <caption className="sr-only">Deployments</caption>
            <thead className="sticky top-0 bg-bg-subtle">
              <tr>
                <th scope="col" className={thClass}>
                  App
                </th>
                <th scope="col" className={thClass}>
                  Model
                </th>
                <th scope="col" className={thClass}>
                  Version
                </th>
                <th scope="col" className={thClass}>
                  Cluster / nodepool
                </th>
                <th scope="col" className={`${thClass} hidden md:table-cell`}>
                  Deployed by
                </th>
                <th scope="col" className={`${thClass} hidden sm:table-cell`}>
                  When
                </th>
                <th scope="col" className={thClass}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deployments.rows.map((d) => (
                <tr key={d.id} className="border-t border-border">
                  <td className="px-4 py-2">{d.appSlug}</td>
                  <td className="px-4 py-2">{d.modelName}</td>
                  <td className="px-4 py-2 tabular-nums">{d.version}</td>
                  <td className="px-4 py-2">
                    {d.clusterId}/{d.nodepoolId}
                  </td>
                  <td className="hidden px-4 py-2 md:table-cell">{d.deployedBy ?? '—'}</td>
                  <td className="hidden px-4 py-2 whitespace-nowrap sm:table-cell">{formatDateTime(d.createdAt)}</td>
                  <td className="px-4 py-2 text-right">
                    <UndeployButton
                      orgId={orgId}
                      deployment={{
                        id: d.id,
                        modelName: d.modelName,
                        version: d.version,
                        clusterId: d.clusterId,
                        nodepoolId: d.nodepoolId,
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        firstHref={after ? base : null}
        nextHref={deployments.nextCursor ? `${base}?${new URLSearchParams({ after: deployments.nextCursor })}` : null}
      />
    </section>
  );
}
