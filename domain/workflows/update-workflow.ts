import 'server-only';
import { lockWorkflow, replaceWorkflowSteps, updateWorkflowRow } from '@/db/queries/workflows';
import { ActionError } from '@/domain/errors';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireStepModels } from './workflow-steps';

/** Renames a workflow of the app and replaces its chain; steps must be models of this app. */
export async function updateWorkflow(
  ctx: AppCommandContext,
  input: { workflowId: string; name: string; description: string; steps: string[] },
): Promise<{ id: string; name: string }> {
  authorizeOnApp(ctx, 'workflows.write');
  const current = await lockWorkflow(ctx.tx, ctx.orgId, ctx.app.id, input.workflowId);
  if (!current) throw new ActionError('NOT_FOUND', 'That workflow does not exist in this app.');
  await requireStepModels(ctx, input.steps);
  await updateWorkflowRow(ctx.tx, ctx.orgId, ctx.app.id, current.id, { name: input.name, description: input.description });
  await replaceWorkflowSteps(ctx.tx, ctx.orgId, ctx.app.id, current.id, input.steps);
  ctx.audit({
    action: 'workflow.updated',
    targetType: 'workflow',
    targetId: current.id,
    data: { app: ctx.app.slug, before: current.name, after: input.name, steps: input.steps.length },
  });
  return { id: current.id, name: input.name };
}
