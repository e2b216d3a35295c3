import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';

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

/**
 * Of these model ids, the ones that are models of this app, each held against deletion for the rest of
 * the transaction: a model deleted meanwhile waits, rather than turning the steps into a foreign-key error.
 */
export async function holdModelsOfApp(tx: Tx, orgId: string, appId: string, modelIds: string[]): Promise<string[]> {
  if (modelIds.length === 0) return [];
  const rows = await tx
    .select({ id: m.id })
    .from(m)
    .where(and(eq(m.orgId, orgId), eq(m.appId, appId), inArray(m.id, modelIds)))
    .for('key share');
  return rows.map((r) => r.id);
}

/** The app's workflow, locked for the rest of the transaction (edits queue on it). */
export async function lockWorkflow(tx: Tx, orgId: string, appId: string, workflowId: string): Promise<{ id: string; name: string } | null> {
  const [row] = await tx
    .select({ id: w.id, name: w.name })
    .from(w)
    .where(and(eq(w.orgId, orgId), eq(w.appId, appId), eq(w.id, workflowId)))
    .for('update');
  return row ?? null;
}

/** Names are unique per app: a taken one fails on workflows_app_name_unique (domain/db-errors.ts words it for every door). */
export async function insertWorkflow(tx: Tx, orgId: string, appId: string, input: { name: string; description: string }): Promise<string> {
  const [row] = await tx.insert(w).values({ orgId, appId, name: input.name, description: input.description }).returning({ id: w.id });
  return row!.id;
}

export async function updateWorkflowRow(
  tx: Tx,
  orgId: string,
  appId: string,
  workflowId: string,
  input: { name: string; description: string },
): Promise<void> {
  await tx
    .update(w)
    .set({ name: input.name, description: input.description })
    .where(and(eq(w.orgId, orgId), eq(w.appId, appId), eq(w.id, workflowId)));
}

/** The workflow's chain becomes these models, in this order. */
export async function replaceWorkflowSteps(tx: Tx, orgId: string, appId: string, workflowId: string, modelIds: string[]): Promise<void> {
  await tx.delete(ws).where(and(eq(ws.orgId, orgId), eq(ws.workflowId, workflowId)));
  await tx.insert(ws).values(modelIds.map((modelId, position) => ({ orgId, appId, workflowId, position, modelId })));
}

/** Deletes the workflow and its steps; its name, or null when the app has no such workflow. */
export async function deleteWorkflowRow(tx: Tx, orgId: string, appId: string, workflowId: string): Promise<string | null> {
  const [deleted] = await tx
    .delete(w)
    .where(and(eq(w.orgId, orgId), eq(w.appId, appId), eq(w.id, workflowId)))
    .returning({ name: w.name });
  return deleted?.name ?? null;
}
