import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { ActionError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';
import type { ParsedInput } from '@/lib/validations/workspace';
import { requireAppPermission } from './apps';
import { decodeUuidCursor } from '@/db/cursor';
import { isUuid, PAGE_SIZE, type Page } from './members';

const d = schema.datasets;
const i = schema.inputs;

export type DatasetDto = { id: string; name: string; description: string; inputCount: number; createdAt: Date };
export type InputDto = { id: string; kind: 'image' | 'text'; content: string; createdAt: Date };

export const DATASET_LIMIT = 200;

/** A dataset with its input count (counted per dataset through the index on inputs). */
const datasetColumns = {
  id: d.id,
  name: d.name,
  description: d.description,
  createdAt: d.createdAt,
  inputCount: sql<number>`(select count(*)::int from ${i} where inputs.dataset_id = datasets.id)`,
};

/** Datasets with their input counts in one query. */
export async function listDatasets(executor: Executor, orgId: string, appId: string): Promise<DatasetDto[]> {
  return executor
    .select(datasetColumns)
    .from(d)
    .where(and(eq(d.orgId, orgId), eq(d.appId, appId)))
    .orderBy(asc(d.name))
    .limit(DATASET_LIMIT);
}

export async function findDataset(executor: Executor, orgId: string, appId: string, datasetId: string): Promise<DatasetDto | null> {
  if (!isUuid(datasetId)) return null;
  const [row] = await executor
    .select(datasetColumns)
    .from(d)
    .where(and(eq(d.orgId, orgId), eq(d.appId, appId), eq(d.id, datasetId)));
  return row ?? null;
}

/** One page of a dataset's inputs, oldest first, by keyset on (created_at, id). */
export async function listInputs(
  executor: Executor,
  orgId: string,
  appId: string,
  datasetId: string,
  after?: string,
): Promise<Page<InputDto>> {
  const cursor = decodeUuidCursor(after);
  const keyset = cursor
    ? sql`(inputs.created_at, inputs.id) > (select p.created_at, p.id from ${i} p where p.id = ${cursor} and p.dataset_id = ${datasetId})`
    : sql`true`;
  const rows = await executor
    .select({ id: i.id, kind: i.kind, content: i.content, createdAt: i.createdAt })
    .from(i)
    .where(and(eq(i.orgId, orgId), eq(i.appId, appId), eq(i.datasetId, datasetId), keyset))
    .orderBy(asc(i.createdAt), asc(i.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE) as InputDto[];
  return { rows: page, nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

async function requireDatasetRow(ctx: OrgContext, appId: string, datasetId: string) {
  const [row] = await ctx.tx
    .select({ id: d.id, name: d.name })
    .from(d)
    .where(and(eq(d.orgId, ctx.orgId), eq(d.appId, appId), eq(d.id, datasetId)))
    .for('update');
  if (!row) throw new ActionError('NOT_FOUND', 'That dataset does not exist in this app.');
  return row;
}

export async function createDataset(ctx: OrgContext, appId: string, input: { name: string; description: string }) {
  const app = await requireAppPermission(ctx, appId, 'datasets.write');
  const [row] = await ctx.tx
    .insert(d)
    .values({ orgId: ctx.orgId, appId: app.id, ...input })
    .returning({ id: d.id });
  ctx.audit({ action: 'dataset.created', targetType: 'dataset', targetId: row!.id, data: { app: app.slug, name: input.name } });
  return { id: row!.id, name: input.name };
}

/** Deletes the dataset, its inputs, and the labeling tasks over it (with their annotations). */
export async function deleteDataset(ctx: OrgContext, appId: string, datasetId: string) {
  const app = await requireAppPermission(ctx, appId, 'datasets.write');
  const dataset = await requireDatasetRow(ctx, app.id, datasetId);
  await ctx.tx.delete(d).where(and(eq(d.orgId, ctx.orgId), eq(d.appId, app.id), eq(d.id, datasetId)));
  ctx.audit({ action: 'dataset.deleted', targetType: 'dataset', targetId: datasetId, data: { app: app.slug, name: dataset.name } });
  return { id: datasetId };
}

/** Adds the inputs in one multi-row insert; the dataset row is locked so a concurrent delete cannot orphan them. */
export async function addInputs(ctx: OrgContext, appId: string, datasetId: string, lines: ParsedInput[]) {
  const app = await requireAppPermission(ctx, appId, 'datasets.write');
  const dataset = await requireDatasetRow(ctx, app.id, datasetId);
  // Distinct created_at per row keeps the listing order equal to the order of the lines.
  const start = Date.now();
  await ctx.tx
    .insert(i)
    .values(lines.map((line, n) => ({ orgId: ctx.orgId, appId: app.id, datasetId, ...line, createdAt: new Date(start + n) })));
  ctx.audit({
    action: 'dataset.inputs_added',
    targetType: 'dataset',
    targetId: datasetId,
    data: { app: app.slug, name: dataset.name, count: lines.length },
  });
  return { added: lines.length };
}

export async function deleteInput(ctx: OrgContext, appId: string, datasetId: string, inputId: string) {
  const app = await requireAppPermission(ctx, appId, 'datasets.write');
  await requireDatasetRow(ctx, app.id, datasetId);
  const deleted = await ctx.tx
    .delete(i)
    .where(and(eq(i.orgId, ctx.orgId), eq(i.appId, app.id), eq(i.datasetId, datasetId), eq(i.id, inputId)))
    .returning({ id: i.id });
  if (deleted.length === 0) throw new ActionError('NOT_FOUND', 'That input does not exist in this dataset.');
  return { id: inputId };
}
