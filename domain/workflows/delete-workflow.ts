import 'server-only';
import { deleteWorkflowRow } from '@/db/queries/workflows';
import { ActionError } from '@/domain/errors';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';

/** Deletes a workflow of the app with its steps; a workflow of another app is not found. */
export async function deleteWorkflow(ctx: AppCommandContext, input: { workflowId: string }): Promise<{ id: string }> {
  authorizeOnApp(ctx, 'workflows.write');
  const name = await deleteWorkflowRow(ctx.tx, ctx.orgId, ctx.app.id, input.workflowId);
  if (name === null) throw new ActionError('NOT_FOUND', 'That workflow does not exist in this app.');
  ctx.audit({ action: 'workflow.deleted', targetType: 'workflow', targetId: input.workflowId, data: { app: ctx.app.slug, name } });
  return { id: input.workflowId };
}
