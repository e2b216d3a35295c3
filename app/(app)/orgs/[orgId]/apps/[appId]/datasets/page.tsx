import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { DATASET_LIMIT, listDatasets } from '@/db/queries/datasets';
import { requireAppAccess } from '@/lib/auth/app-access';
import { formatDate } from '@/components/ui/date';
import { AppLink } from '@/components/ui/app-link';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { CreateDatasetDialog, DeleteDatasetButton } from './_components/dataset-dialogs';

export const metadata: Metadata = { title: 'Datasets' };

export default async function DatasetsPage({ params }: { params: Promise<{ orgId: string; appId: string }> }) {
  const { orgId, appId } = await params;
  const { app, permissions } = await requireAppAccess(orgId, appId);
  if (!permissions.has('datasets.view')) notFound();
  const write = permissions.has('datasets.write');
  const datasets = await listDatasets(await getDb(), orgId, app.id);
  const ref = { orgId, appId: app.id };
  return (
    <section aria-labelledby="datasets-heading">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="datasets-heading" className="text-lg font-semibold">
            Datasets
          </h2>
          <p className="text-sm text-fg-muted">Collections of inputs (images and texts) to label and train on.</p>
        </div>
        {/* None yet: the create button moves into the empty state (one `Create dataset` on the page). */}
        {write && datasets.length > 0 ? <CreateDatasetDialog {...ref} /> : null}
      </div>
      {datasets.length === 0 ? (
        <EmptyState action={write ? <CreateDatasetDialog {...ref} /> : null}>No datasets yet.</EmptyState>
      ) : (
        <DataTable
          caption="Datasets"
          rows={datasets}
          rowKey={(dataset) => dataset.id}
          footer={datasets.length === DATASET_LIMIT ? `Showing the first ${DATASET_LIMIT} datasets.` : null}
          columns={[
            {
              header: 'Dataset',
              cell: (dataset) => (
                <>
                  <AppLink href={`/orgs/${orgId}/apps/${app.slug}/datasets/${dataset.id}`}>{dataset.name}</AppLink>
                  {dataset.description ? <div>{dataset.description}</div> : null}
                </>
              ),
            },
            { header: 'Inputs', numeric: true, cell: (dataset) => dataset.inputCount.toLocaleString('en-US') },
            { header: 'Created', from: 'sm', className: 'text-fg-muted', cell: (dataset) => formatDate(dataset.createdAt) },
            write && {
              header: 'Actions',
              hideHeader: true,
              cell: (dataset) => <DeleteDatasetButton {...ref} dataset={dataset} />,
            },
          ]}
        />
      )}
    </section>
  );
}
