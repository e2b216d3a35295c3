import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { listModelOptions, listWorkflows, WORKFLOW_LIMIT } from '@/db/queries/workflows';
import { requireAppAccess } from '@/lib/auth/app-access';
import { EmptyState } from '@/components/ui/empty-state';
import { CreateWorkflowDialog, DeleteWorkflowButton, EditWorkflowDialog } from './_components/workflow-dialogs';

export const metadata: Metadata = { title: 'Workflows' };

export default async function WorkflowsPage({ params }: { params: Promise<{ orgId: string; appId: string }> }) {
  const { orgId, appId } = await params;
  const { app, permissions } = await requireAppAccess(orgId, appId);
  if (!permissions.has('workflows.view')) notFound();
  const write = permissions.has('workflows.write');
  const db = await getDb();
  const [workflows, models] = await Promise.all([
    listWorkflows(db, orgId, app.id),
    write ? listModelOptions(db, orgId, app.id) : Promise.resolve([]),
  ]);
  const ref = { orgId, appId: app.id };
  // A workflow chains models: it can be created once the app has one.
  const create = write && models.length > 0 ? <CreateWorkflowDialog {...ref} models={models} /> : null;
  return (
    <section aria-labelledby="workflows-heading">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="workflows-heading" className="text-lg font-semibold">
            Workflows
          </h2>
          <p className="text-sm text-fg-muted">Named chains of this app&apos;s models: each step&apos;s output feeds the next.</p>
        </div>
        {/* None yet: the create button moves into the empty state (one `Create workflow` on the page). */}
        {workflows.length > 0 ? create : null}
      </div>
      {write && models.length === 0 ? <p className="mb-3 text-sm text-fg-muted">Create a model first: a workflow chains models.</p> : null}
      {workflows.length === 0 ? (
        <EmptyState action={create}>No workflows yet.</EmptyState>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border" aria-label="Workflows">
          {workflows.map((workflow) => (
            <li key={workflow.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div className="min-w-0">
                <p className="font-medium">{workflow.name}</p>
                {workflow.description ? <p className="text-xs text-fg-muted">{workflow.description}</p> : null}
                <ol className="mt-1 flex flex-wrap items-center gap-1 text-xs" aria-label={`Steps of ${workflow.name}`}>
                  {workflow.steps.map((step, n) => (
                    <li key={n} className="flex items-center gap-1">
                      {n > 0 ? (
                        <span aria-hidden className="text-fg-muted">
                          →
                        </span>
                      ) : null}
                      <span className="rounded border border-border bg-bg-subtle px-1.5 py-0.5">{step.modelName}</span>
                    </li>
                  ))}
                </ol>
              </div>
              {write ? (
                <div className="flex gap-2">
                  <EditWorkflowDialog {...ref} models={models} workflow={workflow} />
                  <DeleteWorkflowButton {...ref} workflow={workflow} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {workflows.length === WORKFLOW_LIMIT ? (
        <p className="mt-2 text-xs text-fg-muted">Showing the first {WORKFLOW_LIMIT} workflows.</p>
      ) : null}
    </section>
  );
}
