import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { listClusters } from '@/db/queries/compute';
import { listModelDeployments, type ModelDeploymentRow } from '@/db/queries/deployments';
import { isUuid } from '@/db/cursor';
import { decodeIntCursor } from '@/db/cursor';
import { findModel, listModelVersions } from '@/db/queries/models';
import { requireAppAccess } from '@/lib/auth/app-access';
import { canDeployAppModels } from '@/lib/permissions';
import { readMetrics } from '@/lib/training';
import { formatDateTime } from '@/components/ui/date';
import { Pager } from '@/components/ui/pager';
import { AppLink } from '@/components/ui/app-link';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { DeployModelDialog, UndeployButton } from '@/app/(app)/orgs/[orgId]/compute/_components/deploy-dialogs';
import { TrainModelButton } from '../_components/model-dialogs';
import { VersionMetrics } from '../_components/version-metrics';
import { singleValues } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Model' };

export default async function ModelPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string; appId: string; modelId: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
}) {
  const { orgId, appId, modelId } = await params;
  const { before } = singleValues(await searchParams);
  const { app, grant, permissions } = await requireAppAccess(orgId, appId);
  if (!permissions.has('models.view') || !isUuid(modelId)) notFound();
  const db = await getDb();
  const model = await findModel(db, orgId, app.id, modelId);
  if (!model) notFound();
  // "View model metrics" is part of models.write (SPEC §3.3): viewers see versions without them.
  const write = permissions.has('models.write');
  const deploy = canDeployAppModels(grant);
  const cursor = decodeIntCursor(before) ?? undefined;
  const [versions, deployments, clusters] = await Promise.all([
    listModelVersions(db, orgId, app.id, model.id, { before: cursor }),
    deploy ? listModelDeployments(db, orgId, app.id, model.id) : Promise.resolve([]),
    deploy ? listClusters(db, orgId) : Promise.resolve([]),
  ]);
  const byVersion = new Map<string, ModelDeploymentRow[]>();
  for (const row of deployments) byVersion.set(row.modelVersionId, [...(byVersion.get(row.modelVersionId) ?? []), row]);
  const targets = clusters.flatMap((c) =>
    c.nodepools.map((p) => ({ value: `${c.id}/${p.id}`, label: `${c.name} (${c.id}) / ${p.id} · ${p.instanceType}` })),
  );
  const base = `/orgs/${orgId}/apps/${app.slug}/models`;
  const self = `${base}/${model.id}`;
  // No version yet (not an older page): Train model moves into the empty state, one on the page.
  const train = write ? <TrainModelButton orgId={orgId} appId={app.id} model={{ id: model.id, name: model.name }} /> : null;
  const untrained = cursor === undefined && versions.rows.length === 0;
  return (
    <section aria-labelledby="model-heading">
      <AppLink href={base} className="text-sm text-fg-muted hover:underline">
        ← Models
      </AppLink>
      <div className="mt-2 mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="model-heading" className="text-lg font-semibold">
            {model.name}
          </h2>
          <p className="text-sm text-fg-muted">{model.description || 'No description.'}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {untrained ? null : train}
          {deploy ? (
            <DeployModelDialog
              orgId={orgId}
              appId={app.id}
              targets={targets}
              versions={versions.rows.map((v) => ({ modelVersionId: v.id, appId: app.id, label: `Version ${v.version}` }))}
            />
          ) : null}
        </div>
      </div>
      <p className="mb-4 rounded-md border border-border bg-bg-subtle px-3 py-2 text-sm">
        Training is simulated: Roster trains no real model. Each run records a version whose metrics are computed from this app&apos;s
        annotations at that moment (approved annotations are the examples, rejected ones count as label noise).
      </p>
      <h3 className="mb-2 font-semibold">Versions</h3>
      {versions.rows.length === 0 ? (
        <EmptyState action={untrained ? train : null}>{cursor !== undefined ? 'No older versions.' : 'No versions yet.'}</EmptyState>
      ) : (
        <DataTable
          caption={`Versions of ${model.name}`}
          topAligned
          rows={versions.rows}
          rowKey={(v) => v.id}
          columns={[
            { header: 'Version', rowHeader: true, numeric: true, cell: (v) => `Version ${v.version}` },
            { header: 'Trained', className: 'whitespace-nowrap', cell: (v) => formatDateTime(v.createdAt) },
            { header: 'Trained by', from: 'sm', cell: (v) => v.trainedBy ?? '—' },
            write && { header: 'Metrics', cell: (v) => <VersionMetrics version={v.version} metrics={readMetrics(v.metrics)} /> },
            deploy && {
              header: 'Deployed on',
              cell: (v) => {
                const deployments = byVersion.get(v.id) ?? [];
                if (deployments.length === 0) return <span className="text-fg-muted">Not deployed</span>;
                return (
                  <ul className="space-y-1">
                    {deployments.map((d) => (
                      <li key={d.id} className="flex flex-wrap items-center gap-2">
                        <span>
                          {d.clusterId}/{d.nodepoolId}
                        </span>
                        <UndeployButton
                          orgId={orgId}
                          deployment={{
                            id: d.id,
                            modelName: model.name,
                            version: v.version,
                            clusterId: d.clusterId,
                            nodepoolId: d.nodepoolId,
                          }}
                        />
                      </li>
                    ))}
                  </ul>
                );
              },
            },
          ]}
        />
      )}
      <Pager
        firstHref={cursor !== undefined ? self : null}
        nextHref={versions.nextCursor ? `${self}?before=${versions.nextCursor}` : null}
      />
    </section>
  );
}
