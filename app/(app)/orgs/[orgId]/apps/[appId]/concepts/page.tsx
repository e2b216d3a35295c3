import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { CONCEPT_LIMIT, listConcepts } from '@/db/queries/concepts';
import { requireAppAccess } from '@/lib/auth/app-access';
import { formatDate } from '@/components/ui/date';
import { DataTable, RowActions } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
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
        {/* None yet: the create button moves into the empty state (one `Create concept` on the page). */}
        {write && concepts.length > 0 ? <CreateConceptDialog {...ref} /> : null}
      </div>
      {concepts.length === 0 ? (
        <EmptyState action={write ? <CreateConceptDialog {...ref} /> : null}>No concepts yet.</EmptyState>
      ) : (
        <DataTable
          caption="Concepts"
          rows={concepts}
          rowKey={(concept) => concept.id}
          footer={concepts.length === CONCEPT_LIMIT ? `Showing the first ${CONCEPT_LIMIT} concepts.` : null}
          columns={[
            { header: 'Concept', className: 'font-medium', cell: (concept) => concept.name },
            { header: 'Created', from: 'sm', className: 'text-fg-muted', cell: (concept) => formatDate(concept.createdAt) },
            write && {
              header: 'Actions',
              hideHeader: true,
              cell: (concept) => (
                <RowActions>
                  <RenameConceptDialog {...ref} concept={concept} />
                  <DeleteConceptButton {...ref} concept={concept} />
                </RowActions>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
