import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { findDataset, listInputs } from '@/db/queries/datasets';
import { urlText } from '@/db/text';
import { requireAppAccess } from '@/lib/auth/app-access';
import { Pager } from '@/components/ui/pager';
import { EmptyState } from '@/components/ui/empty-state';
import { AddInputsDialog, DeleteInputButton } from '../_components/dataset-dialogs';
import { inputImageUrl } from '../../tasks/_components/input-preview';
import { singleValues } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Dataset' };

/** A short, readable name for an input in labels and confirmations. */
const inputLabel = (content: string) => (content.length > 60 ? `${content.slice(0, 57)}…` : content);

export default async function DatasetPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string; appId: string; datasetId: string }>;
  searchParams: Promise<{ after?: string | string[] }>;
}) {
  const [{ orgId, appId, datasetId }, query] = await Promise.all([params, searchParams]);
  const { app, permissions } = await requireAppAccess(orgId, appId);
  if (!permissions.has('datasets.view') || !permissions.has('inputs.view_all')) notFound();
  const db = await getDb();
  const dataset = await findDataset(db, orgId, app.id, urlText(datasetId, 36));
  if (!dataset) notFound();
  const { after } = singleValues(query);
  const page = await listInputs(db, orgId, app.id, dataset.id, after);
  const write = permissions.has('datasets.write');
  const ref = { orgId, appId: app.id };
  const base = `/orgs/${orgId}/apps/${app.slug}/datasets/${dataset.id}`;
  // No input yet (not a later page): Add inputs moves into the empty state, one on the page.
  const add = write ? <AddInputsDialog {...ref} datasetId={dataset.id} /> : null;
  const empty = !after && page.rows.length === 0;
  return (
    <section aria-labelledby="dataset-heading">
      <Link href={`/orgs/${orgId}/apps/${app.slug}/datasets`} className="text-sm text-fg-muted hover:underline">
        ← Datasets
      </Link>
      <div className="mt-1 mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="dataset-heading" className="text-lg font-semibold">
            {dataset.name}
          </h2>
          <p className="text-sm text-fg-muted">
            {dataset.inputCount.toLocaleString('en-US')} input{dataset.inputCount === 1 ? '' : 's'}
            {dataset.description ? ` · ${dataset.description}` : ''}
          </p>
        </div>
        {empty ? null : add}
      </div>
      {page.rows.length === 0 ? (
        <EmptyState action={empty ? add : null}>{after ? 'No more inputs.' : 'No inputs yet.'}</EmptyState>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border" aria-label="Inputs">
          {page.rows.map((input) => (
            <li key={input.id} className="flex items-center gap-3 px-4 py-2 text-sm">
              {/* Beside a thumbnail the kind goes without saying: on a phone, the file name gets the room. */}
              <span className={`w-12 shrink-0 text-xs text-fg-muted uppercase ${input.hasFile ? 'hidden sm:inline' : ''}`}>
                {input.kind}
              </span>
              {input.hasFile ? (
                <a
                  href={inputImageUrl(orgId, app.id, input.id)}
                  target="_blank"
                  rel="noopener"
                  className="flex min-w-0 flex-1 items-center gap-3 hover:underline"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authorized route, not optimizable */}
                  <img
                    src={inputImageUrl(orgId, app.id, input.id, 'thumb')}
                    alt={`Thumbnail of ${inputLabel(input.content)}`}
                    width={64}
                    height={64}
                    loading="lazy"
                    decoding="async"
                    className="size-16 shrink-0 rounded border border-border bg-bg-subtle object-contain"
                  />
                  <span className="min-w-0 break-all text-accent sm:truncate">{input.content}</span>
                </a>
              ) : input.kind === 'image' ? (
                <a
                  href={input.content}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className="min-w-0 flex-1 truncate text-accent hover:underline"
                >
                  {input.content}
                </a>
              ) : (
                <span className="min-w-0 flex-1 break-words">{input.content}</span>
              )}
              {write ? (
                <DeleteInputButton {...ref} datasetId={dataset.id} input={{ id: input.id, label: inputLabel(input.content) }} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pager firstHref={after ? base : null} nextHref={page.nextCursor ? `${base}?after=${page.nextCursor}` : null} />
    </section>
  );
}
