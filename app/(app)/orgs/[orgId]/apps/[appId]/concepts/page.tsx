import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { CONCEPT_LIMIT, listConcepts } from '@/db/queries/concepts';
import { requireAppAccess } from '@/lib/auth/app-access';
import { formatDate } from '@/components/ui/date';
import { EmptyState, thClass } from '@/components/ui/table';
import { CreateConceptDialog, DeleteConceptButton, RenameConceptDialog } from './_components/concept-dialogs';

export const metadata: Metadata = { title: 'Concepts' };

export default async function ConceptsPage({ params }: { params: Promise<{ orgId: string; appId: string }> }) {
  const { orgId, appId } = await params;
  const { app, permissions } = await requireAppAccess(orgId, appId);
  if (!permissions.has('concepts.view')) notFound();
  const write = permissions.has('concepts.write');
  const concepts = await listConcepts(await getDb(), orgId, app.id);
  const ref = { orgId, appId: app.id };
  return (
    <section aria-labelledby="concepts-heading">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="concepts-heading" className="text-lg font-semibold">
            Concepts
          </h2>
          <p className="text-sm text-fg-muted">The labels this app&apos;s inputs are annotated with and its models predict.</p>
        </div>
        {write ? <CreateConceptDialog {...ref} /> : null}
      </div>
      {concepts.length === 0 ? (
        <EmptyState>No concepts yet{write ? ' — Create concept.' : '.'}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-sm">
            <caption className="sr-only">Concepts</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Concept
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
              {concepts.map((concept) => (
                <tr key={concept.id} className="border-t border-border">
                  <td className="px-4 py-3 font-medium">{concept.name}</td>
                  <td className="hidden px-4 py-3 text-fg-muted sm:table-cell">{formatDate(concept.createdAt)}</td>
                  {write ? (
                    <td className="px-4 py-3">
                      <div className="flex justify-end gap-2">
                        <RenameConceptDialog {...ref} concept={concept} />
                        <DeleteConceptButton {...ref} concept={concept} />
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
          {concepts.length === CONCEPT_LIMIT ? (
            <p className="px-4 py-2 text-xs text-fg-muted">Showing the first {CONCEPT_LIMIT} concepts.</p>
          ) : null}
        </div>
      )}
    </section>
  );
}
