import 'server-only';
import { insertWorkflow, replaceWorkflowSteps } from '@/db/queries/workflows';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireStepModels } from './workflow-steps';

/** A chain of the app's models under a name unique in the app (the unique index refuses a taken one, beside the field). */
export async function createWorkflow(
  ctx: AppCommandContext,
  input: { name: string; description: string; steps: string[] },
): Promise<{ id: string; name: string }> {
  authorizeOnApp(ctx, 'workflows.write');
  await requireStepModels(ctx, input.steps);
  const id = await insertWorkflow(ctx.tx, ctx.orgId, ctx.app.id, { name: input.name, description: input.description });
  await replaceWorkflowSteps(ctx.tx, ctx.orgId, ctx.app.id, id, input.steps);
  ctx.audit({
    action: 'workflow.created',
    targetType: 'workflow',
    targetId: id,
    data: { app: ctx.app.slug, name: input.name, steps: input.steps.length },
  });
  return { id, name: input.name };
}
