import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { listModels } from '@/db/queries/models';
import { requireAppAccess } from '@/lib/auth/app-access';
import { formatDate } from '@/components/ui/date';
import { Pager } from '@/components/ui/pager';
import { EmptyState, thClass } from '@/components/ui/table';
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
  return (
    <section aria-labelledby="models-heading">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="models-heading" className="text-lg font-semibold">
            Models
          </h2>
          <p className="text-sm text-fg-muted">Each training run of a model records a new version with its metrics.</p>
        </div>
        {write ? <CreateModelDialog orgId={orgId} appId={app.id} /> : null}
      </div>
      {models.rows.length === 0 ? (
        <EmptyState>{after ? 'No more models.' : write ? 'No models yet — Create model.' : 'No models yet.'}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-sm">
            <caption className="sr-only">Models of {app.name}</caption>
            <thead className="sticky top-0 bg-bg-subtle">
              <tr>
                <th scope="col" className={thClass}>
                  Model
                </th>
                <th scope="col" className={`${thClass} hidden md:table-cell`}>
                  Description
                </th>
                <th scope="col" className={thClass}>
                  Latest version
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
              {models.rows.map((model) => (
                <tr key={model.id} className="border-t border-border">
                  <td className="px-4 py-3">
                    <Link href={`${base}/${model.id}`} className="font-medium hover:underline">
                      {model.name}
                    </Link>
                  </td>
                  <td className="hidden max-w-xs truncate px-4 py-3 text-fg-muted md:table-cell" title={model.description || undefined}>
                    {model.description || '—'}
                  </td>
                  <td className="px-4 py-3 tabular-nums">
                    {model.latestVersion === null ? <span className="text-fg-muted">Not trained</span> : `Version ${model.latestVersion}`}
                  </td>
                  <td className="hidden px-4 py-3 sm:table-cell">{formatDate(model.createdAt)}</td>
                  {write ? (
                    <td className="px-4 py-3">
                      <div className="flex justify-end gap-2">
                        <EditModelDialog orgId={orgId} appId={app.id} model={model} />
                        <DeleteModelButton orgId={orgId} appId={app.id} model={model} />
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        firstHref={after ? base : null}
        nextHref={models.nextCursor ? `${base}?${new URLSearchParams({ after: models.nextCursor })}` : null}
      />
    </section>
  );
}
