import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { DATASET_LIMIT, listDatasets } from '@/db/queries/datasets';
import { requireAppAccess } from '@/lib/auth/app-access';
import { formatDate } from '@/components/ui/date';
import { EmptyState, thClass } from '@/components/ui/table';
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
        {write ? <CreateDatasetDialog {...ref} /> : null}
      </div>
      {datasets.length === 0 ? (
        <EmptyState>No datasets yet{write ? ' — Create dataset.' : '.'}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-sm">
            <caption className="sr-only">Datasets</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Dataset
                </th>
                <th scope="col" className={thClass}>
                  Inputs
                </th>
                <th scope="col" className={`${thClass} hidden sm:table-cell`}>
                  Created
                </th>
                {write ? (
                  <th scope="col" className={thClass}>
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {datasets.map((dataset) => (
                <tr key={dataset.id} className="border-t border-border">
                  <td className="px-4 py-3">
                    <Link href={`/orgs/${orgId}/apps/${app.slug}/datasets/${dataset.id}`} className="font-medium hover:underline">
                      {dataset.name}
                    </Link>
                    {dataset.description ? <p className="text-xs text-fg-muted">{dataset.description}</p> : null}
                  </td>
                  <td className="px-4 py-3 tabular-nums">{dataset.inputCount.toLocaleString('en-US')}</td>
                  <td className="hidden px-4 py-3 text-fg-muted sm:table-cell">{formatDate(dataset.createdAt)}</td>
                  {write ? (
                    <td className="px-4 py-3 text-right">
                      <DeleteDatasetButton {...ref} dataset={dataset} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
          {datasets.length === DATASET_LIMIT ? (
            <p className="px-4 py-2 text-xs text-fg-muted">Showing the first {DATASET_LIMIT} datasets.</p>
          ) : null}
        </div>
      )}
    </section>
  );
}
