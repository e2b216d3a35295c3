import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { listModels } from '@/db/queries/models';
import { requireAppAccess } from '@/lib/auth/app-access';
import { formatDate } from '@/components/ui/date';
import { Pager } from '@/components/ui/pager';
import { AppLink } from '@/components/ui/app-link';
import { DataTable, RowActions } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { CreateModelDialog, DeleteModelButton, EditModelDialog } from './_components/model-dialogs';
import { singleValues } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Models' };

export default async function ModelsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string; appId: string }>;
  searchParams: Promise<{ after?: string | string[] }>;
}) {
  const { orgId, appId } = await params;
  const { after } = singleValues(await searchParams);
  const { app, permissions } = await requireAppAccess(orgId, appId);
  if (!permissions.has('models.view')) notFound();
  const write = permissions.has('models.write');
  const models = await listModels(await getDb(), orgId, app.id, { after });
  const base = `/orgs/${orgId}/apps/${app.slug}/models`;
  // No model yet (not a later page): the create button moves into the empty state, one `Create model` on the page.
  const create = write ? <CreateModelDialog orgId={orgId} appId={app.id} /> : null;
  const empty = !after && models.rows.length === 0;
  return (
    <section aria-labelledby="models-heading">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="models-heading" className="text-lg font-semibold">
            Models
          </h2>
          <p className="text-sm text-fg-muted">Each training run of a model records a new version with its metrics.</p>
        </div>
        {empty ? null : create}
      </div>
      {models.rows.length === 0 ? (
        <EmptyState action={empty ? create : null}>{after ? 'No more models.' : 'No models yet.'}</EmptyState>
      ) : (
        <DataTable
          caption={`Models of ${app.name}`}
          rows={models.rows}
          rowKey={(model) => model.id}
          columns={[
            { header: 'Model', cell: (model) => <AppLink href={`${base}/${model.id}`}>{model.name}</AppLink> },
            {
              header: 'Description',
              from: 'md',
              className: 'max-w-xs truncate text-fg-muted',
              cell: (model) => <span title={model.description || undefined}>{model.description || '—'}</span>,
            },
            {
              header: 'Latest version',
              numeric: true,
              cell: (model) =>
                model.latestVersion === null ? <span className="text-fg-muted">Not trained</span> : `Version ${model.latestVersion}`,
            },
            { header: 'Created', from: 'sm', cell: (model) => formatDate(model.createdAt) },
            write && {
              header: 'Actions',
              hideHeader: true,
              cell: (model) => (
                <RowActions>
                  <EditModelDialog orgId={orgId} appId={app.id} model={model} />
                  <DeleteModelButton orgId={orgId} appId={app.id} model={model} />
                </RowActions>
              ),
            },
          ]}
        />
      )}
      <Pager
        firstHref={after ? base : null}
        nextHref={models.nextCursor ? `${base}?${new URLSearchParams({ after: models.nextCursor })}` : null}
      />
    </section>
  );
}
