import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { schema, type Tx } from '@/db';

const t = schema.labelingTasks;

export type TaskRef = { id: string; name: string; datasetId: string };

/**
 * The app's task, locked for the rest of the transaction: 'update' to delete it, 'key share' to hold it
 * against deletion while its assignments and annotations change (those do not queue behind one another).
 */
export async function lockTask(
  tx: Tx,
  orgId: string,
  appId: string,
  taskId: string,
  lock: 'update' | 'key share',
): Promise<TaskRef | null> {
  const [row] = await tx
    .select({ id: t.id, name: t.name, datasetId: t.datasetId })
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.appId, appId), eq(t.id, taskId)))
    .for(lock);
  return row ?? null;
}

/** The dataset, if it is this app's, held against deletion for the rest of the transaction. */
export async function holdDatasetOfApp(tx: Tx, orgId: string, appId: string, datasetId: string): Promise<string | null> {
  const d = schema.datasets;
  const [row] = await tx
    .select({ id: d.id })
    .from(d)
    .where(and(eq(d.orgId, orgId), eq(d.appId, appId), eq(d.id, datasetId)))
    .for('key share');
  return row?.id ?? null;
}

/** Of these concept ids, the ones that are this app's, held against deletion for the rest of the transaction. */
export async function holdConceptsOfApp(tx: Tx, orgId: string, appId: string, conceptIds: string[]): Promise<string[]> {
  const c = schema.concepts;
  if (conceptIds.length === 0) return [];
  const rows = await tx
    .select({ id: c.id })
    .from(c)
    .where(and(eq(c.orgId, orgId), eq(c.appId, appId), inArray(c.id, conceptIds)))
    .for('key share');
  return rows.map((r) => r.id);
}

/** The task and its concepts. */
export async function insertLabelingTask(
  tx: Tx,
  row: { orgId: string; appId: string; datasetId: string; name: string; instructions: string; createdBy: string; conceptIds: string[] },
): Promise<string> {
  const { conceptIds, ...task } = row;
  const [inserted] = await tx.insert(t).values(task).returning({ id: t.id });
  const taskId = inserted!.id;
  await tx.insert(schema.taskConcepts).values(conceptIds.map((conceptId) => ({ orgId: row.orgId, appId: row.appId, taskId, conceptId })));
  return taskId;
}

/** Deletes the task; its assignments and annotations go with it (cascades). */
export async function deleteLabelingTaskRow(tx: Tx, orgId: string, appId: string, taskId: string): Promise<void> {
  await tx.delete(t).where(and(eq(t.orgId, orgId), eq(t.appId, appId), eq(t.id, taskId)));
}
