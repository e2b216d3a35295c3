import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';

const i = schema.inputs;
const f = schema.inputFiles;

/**
 * For a select over `inputs`: whether the input is an uploaded image (a row in input_files, found by its
 * primary key). Lists select this flag, never the bytes.
 */
export const hasImageFile: SQL<boolean> = sql<boolean>`exists(select 1 from ${f} f where f.input_id = inputs.id)`;

/** An uploaded image ready to store (lib/images/process.ts makes it). */
export type NewInputFile = {
  name: string;
  contentType: string;
  byteSize: number;
  width: number;
  height: number;
  sha256: string;
  bytes: Uint8Array;
  thumb: Uint8Array | null;
};

/**
 * One input per image (kind 'image', its file name as content) and its bytes, in two multi-row inserts.
 * `order` continues the created_at sequence of inputs added in the same submission, so the listing keeps
 * the order they were given in.
 */
export async function insertImageInputs(
  tx: Tx,
  orgId: string,
  appId: string,
  datasetId: string,
  files: NewInputFile[],
  order: number,
): Promise<string[]> {
  if (files.length === 0) return [];
  const start = Date.now() + order;
  const rows = await tx
    .insert(i)
    .values(files.map((file, n) => ({ orgId, appId, datasetId, kind: 'image', content: file.name, createdAt: new Date(start + n) })))
    .returning({ id: i.id });
  await tx.insert(f).values(files.map(({ name: _name, ...file }, n) => ({ ...file, orgId, appId, inputId: rows[n]!.id })));
  return rows.map((row) => row.id);
}

/**
 * Which inputs a viewer may see (the door decides from their permissions): every input of the app; the
 * inputs of any labeling task's dataset (a task manager or reviewer); or those of the tasks assigned to
 * one user (a labeler).
 */
export type InputScope = { kind: 'all' } | { kind: 'tasks' } | { kind: 'assigned'; userId: string };

export type InputImage = { contentType: string; sha256: string; bytes: Uint8Array };

function scopeCondition(scope: InputScope): SQL {
  if (scope.kind === 'all') return sql`true`;
  const assigned =
    scope.kind === 'assigned'
      ? sql`and exists (select 1 from ${schema.taskAssignees} a where a.task_id = t.id and a.user_id = ${scope.userId})`
      : sql``;
  return sql`exists (select 1 from ${schema.labelingTasks} t join ${i} i on i.org_id = t.org_id and i.app_id = t.app_id and i.dataset_id = t.dataset_id
    where i.id = input_files.input_id and t.org_id = input_files.org_id and t.app_id = input_files.app_id ${assigned})`;
}

/**
 * The stored image of one input of the app, if the scope lets the viewer see it: the original, or the
 * thumbnail (the original when it has none). null when there is none or it is out of scope, alike.
 */
export async function findInputImage(
  executor: Executor,
  orgId: string,
  appId: string,
  inputId: string,
  scope: InputScope,
  size: 'full' | 'thumb',
): Promise<InputImage | null> {
  const [row] = await executor
    .select({
      contentType: size === 'thumb' ? sql<string>`case when ${f.thumb} is null then ${f.contentType} else 'image/webp' end` : f.contentType,
      sha256: f.sha256,
      bytes: size === 'thumb' ? sql<Uint8Array>`coalesce(${f.thumb}, ${f.bytes})` : f.bytes,
    })
    .from(f)
    .where(and(eq(f.orgId, orgId), eq(f.appId, appId), eq(f.inputId, inputId), scopeCondition(scope)));
  return row ?? null;
}
