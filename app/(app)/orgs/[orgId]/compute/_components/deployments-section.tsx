import { getDb } from '@/db';
import type { ClusterDto } from '@/db/queries/compute';
import { listDeployments } from '@/db/queries/deployments';
import { formatDateTime } from '@/components/ui/date';
import { Pager } from '@/components/ui/pager';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
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
  const empty = !after && deployments.rows.length === 0;
  const deploy = <DeployModelDialog orgId={orgId} targets={targets} />;
  return (
    <section aria-labelledby="deployments-heading" className="mt-8">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="deployments-heading" className="text-lg font-semibold">
            Deployments
          </h2>
          <p className="text-sm text-fg-muted">Model versions served on this organization&apos;s nodepools.</p>
        </div>
        {/* None yet: the button moves into the empty state (one `Deploy model` on the page). */}
        {empty ? null : deploy}
      </div>
      {deployments.rows.length === 0 ? (
        <EmptyState action={empty ? deploy : undefined}>{after ? 'No more deployments.' : 'No deployments yet.'}</EmptyState>
      ) : (
        <DataTable
          caption="Deployments"
          compact
          rows={deployments.rows}
          rowKey={(d) => d.id}
          columns={[
            { header: 'App', cell: (d) => d.appSlug },
            { header: 'Model', cell: (d) => d.modelName },
            { header: 'Version', numeric: true, cell: (d) => d.version },
            { header: 'Cluster / nodepool', cell: (d) => `${d.clusterId}/${d.nodepoolId}` },
            { header: 'Deployed by', from: 'md', cell: (d) => d.deployedBy ?? '—' },
            { header: 'When', from: 'sm', className: 'whitespace-nowrap', cell: (d) => formatDateTime(d.createdAt) },
            {
              header: 'Actions',
              hideHeader: true,
              cell: (d) => (
                <UndeployButton
                  orgId={orgId}
                  deployment={{ id: d.id, modelName: d.modelName, version: d.version, clusterId: d.clusterId, nodepoolId: d.nodepoolId }}
                />
              ),
            },
          ]}
        />
      )}
      <Pager
        firstHref={after ? base : null}
        nextHref={deployments.nextCursor ? `${base}?${new URLSearchParams({ after: deployments.nextCursor })}` : null}
      />
    </section>
  );
}
