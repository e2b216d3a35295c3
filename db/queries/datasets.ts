import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { ParsedInput } from '@/lib/validations/workspace';
import { decodeUuidCursor, isUuid } from '@/db/cursor';
import { PAGE_SIZE, type Page } from '@/db/paging';
import { hasImageFile } from './input-files';

const d = schema.datasets;
const i = schema.inputs;

export type DatasetDto = { id: string; name: string; description: string; inputCount: number; createdAt: Date };
export type DatasetRef = { id: string; name: string };
/** `hasFile`: an uploaded image, served by the input's image route; otherwise `content` is the URL or the text. */
export type InputDto = { id: string; kind: 'image' | 'text'; content: string; hasFile: boolean; createdAt: Date };

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
    .select({ id: i.id, kind: i.kind, content: i.content, hasFile: hasImageFile, createdAt: i.createdAt })
    .from(i)
    .where(and(eq(i.orgId, orgId), eq(i.appId, appId), eq(i.datasetId, datasetId), keyset))
    .orderBy(asc(i.createdAt), asc(i.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE) as InputDto[];
  return { rows: page, nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

/**
 * The app's dataset, locked for the rest of the transaction: 'update' to delete it, 'key share' to hold it
 * against deletion while its inputs change (writers of inputs do not queue behind one another).
 */
export async function lockDataset(
  tx: Tx,
  orgId: string,
  appId: string,
  datasetId: string,
  lock: 'update' | 'key share',
): Promise<DatasetRef | null> {
  const [row] = await tx
    .select({ id: d.id, name: d.name })
    .from(d)
    .where(and(eq(d.orgId, orgId), eq(d.appId, appId), eq(d.id, datasetId)))
    .for(lock);
  return row ?? null;
}

/** Names are unique per app: a taken one fails on datasets_app_name_unique (domain/db-errors.ts words it for every door). */
export async function insertDataset(tx: Tx, orgId: string, appId: string, input: { name: string; description: string }): Promise<string> {
  const [row] = await tx
    .insert(d)
    .values({ orgId, appId, ...input })
    .returning({ id: d.id });
  return row!.id;
}

/** Deletes the dataset; its inputs and the labeling tasks over it (with their annotations) go with it (cascades). */
export async function deleteDatasetRow(tx: Tx, orgId: string, appId: string, datasetId: string): Promise<void> {
  await tx.delete(d).where(and(eq(d.orgId, orgId), eq(d.appId, appId), eq(d.id, datasetId)));
}

/** The inputs in one multi-row insert; distinct created_at per row keeps the listing order equal to the order of the lines. */
export async function insertInputs(tx: Tx, orgId: string, appId: string, datasetId: string, lines: ParsedInput[]): Promise<void> {
  const start = Date.now();
  await tx.insert(i).values(lines.map((line, n) => ({ orgId, appId, datasetId, ...line, createdAt: new Date(start + n) })));
}

/** Deletes one input of the dataset (its annotations go with it); false when there is no such input there. */
export async function deleteInputRow(tx: Tx, orgId: string, appId: string, datasetId: string, inputId: string): Promise<boolean> {
  const deleted = await tx
    .delete(i)
    .where(and(eq(i.orgId, orgId), eq(i.appId, appId), eq(i.datasetId, datasetId), eq(i.id, inputId)))
    .returning({ id: i.id });
  return deleted.length > 0;
}
