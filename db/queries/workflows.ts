import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { ActionError, fieldError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';
import { requireAppPermission } from './apps';

const w = schema.workflows;
const ws = schema.workflowSteps;
const m = schema.models;

export type WorkflowStepDto = { modelId: string; modelName: string };
export type WorkflowDto = { id: string; name: string; description: string; steps: WorkflowStepDto[]; createdAt: Date };
export type ModelOption = { id: string; name: string };

export const WORKFLOW_LIMIT = 200;

/** Workflows with their chains of models, in one query (steps aggregated per workflow in order). */
export async function listWorkflows(executor: Executor, orgId: string, appId: string): Promise<WorkflowDto[]> {
  return executor
    .select({
      id: w.id,
      name: w.name,
      description: w.description,
      createdAt: w.createdAt,
      steps: sql<WorkflowStepDto[]>`coalesce((
        select json_agg(json_build_object('modelId', s.model_id, 'modelName', md.name) order by s.position)
        from ${ws} s join ${m} md on md.id = s.model_id
        where s.workflow_id = workflows.id), '[]'::json)`,
    })
    .from(w)
    .where(and(eq(w.orgId, orgId), eq(w.appId, appId)))
    .orderBy(asc(w.name))
    .limit(WORKFLOW_LIMIT);
}

/** The models a workflow step may use: this app's. */
export async function listModelOptions(executor: Executor, orgId: string, appId: string): Promise<ModelOption[]> {
  return executor
    .select({ id: m.id, name: m.name })
    .from(m)
    .where(and(eq(m.orgId, orgId), eq(m.appId, appId)))
    .orderBy(asc(m.name))
    .limit(500);
}

/** Every step must be a model of this app; the composite foreign key would refuse others too, less clearly. */
async function requireModelsOfApp(ctx: OrgContext, appId: string, modelIds: string[]) {
  const distinct = [...new Set(modelIds)];
  const found = await ctx.tx
    .select({ id: m.id })
    .from(m)
    .where(and(eq(m.orgId, ctx.orgId), eq(m.appId, appId), inArray(m.id, distinct)));
  if (found.length !== distinct.length) throw fieldError('steps', 'A step names a model that is not in this app. Reload and choose again.');
}

async function writeSteps(ctx: OrgContext, appId: string, workflowId: string, modelIds: string[]) {
  await ctx.tx.delete(ws).where(and(eq(ws.orgId, ctx.orgId), eq(ws.workflowId, workflowId)));
  await ctx.tx.insert(ws).values(modelIds.map((modelId, position) => ({ orgId: ctx.orgId, appId, workflowId, position, modelId })));
}

export async function createWorkflow(ctx: OrgContext, appId: string, input: { name: string; description: string; steps: string[] }) {
  const app = await requireAppPermission(ctx, appId, 'workflows.write');
  await requireModelsOfApp(ctx, app.id, input.steps);
  const [row] = await ctx.tx
    .insert(w)
    .values({ orgId: ctx.orgId, appId: app.id, name: input.name, description: input.description })
    .returning({ id: w.id });
  await writeSteps(ctx, app.id, row!.id, input.steps);
  ctx.audit({
    action: 'workflow.created',
    targetType: 'workflow',
    targetId: row!.id,
    data: { app: app.slug, name: input.name, steps: input.steps.length },
  });
  return { id: row!.id, name: input.name };
}

export async function updateWorkflow(
  ctx: OrgContext,
  appId: string,
  workflowId: string,
  input: { name: string; description: string; steps: string[] },
) {
  const app = await requireAppPermission(ctx, appId, 'workflows.write');
  const [current] = await ctx.tx
    .select({ name: w.name })
    .from(w)
    .where(and(eq(w.orgId, ctx.orgId), eq(w.appId, app.id), eq(w.id, workflowId)))
    .for('update');
  if (!current) throw new ActionError('NOT_FOUND', 'That workflow does not exist in this app.');
  await requireModelsOfApp(ctx, app.id, input.steps);
  await ctx.tx
    .update(w)
    .set({ name: input.name, description: input.description })
    .where(and(eq(w.orgId, ctx.orgId), eq(w.id, workflowId)));
  await writeSteps(ctx, app.id, workflowId, input.steps);
  ctx.audit({
    action: 'workflow.updated',
    targetType: 'workflow',
    targetId: workflowId,
    data: { app: app.slug, before: current.name, after: input.name, steps: input.steps.length },
  });
  return { id: workflowId, name: input.name };
}

export async function deleteWorkflow(ctx: OrgContext, appId: string, workflowId: string) {
  const app = await requireAppPermission(ctx, appId, 'workflows.write');
  const deleted = await ctx.tx
    .delete(w)
    .where(and(eq(w.orgId, ctx.orgId), eq(w.appId, app.id), eq(w.id, workflowId)))
    .returning({ name: w.name });
  if (deleted.length === 0) throw new ActionError('NOT_FOUND', 'That workflow does not exist in this app.');
  ctx.audit({ action: 'workflow.deleted', targetType: 'workflow', targetId: workflowId, data: { app: app.slug, name: deleted[0]!.name } });
  return { id: workflowId };
}
