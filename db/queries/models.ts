import 'server-only';
import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import { decodeTextCursor } from '@/db/cursor';
import type { Page } from '@/db/paging';

const m = schema.models;
const mv = schema.modelVersions;

export const MODEL_PAGE_SIZE = 50;
export const VERSION_PAGE_SIZE = 25;

export type ModelRow = {
  id: string;
  name: string;
  description: string;
  createdAt: Date;
  latestVersion: number | null;
  versionCount: number;
  deploymentCount: number;
};
export type ModelDto = { id: string; name: string; description: string; createdAt: Date };
export type ModelVersionRow = { id: string; version: number; metrics: unknown; trainedBy: string | null; createdAt: Date };

/**
 * One page of an app's models by name (names are unique per app, so the name is the keyset cursor), each
 * with its latest version and what deleting it would remove, in one query.
 */
export async function listModels(
  executor: Executor,
  orgId: string,
  appId: string,
  options: { after?: string } = {},
): Promise<Page<ModelRow>> {
  const conditions: SQL[] = [eq(m.orgId, orgId), eq(m.appId, appId)];
  const after = decodeTextCursor(options.after, 100);
  if (after) conditions.push(gt(m.name, after));
  const rows = await executor
    .select({
      id: m.id,
      name: m.name,
      description: m.description,
      createdAt: m.createdAt,
      // Correlated subqueries name the outer table explicitly: drizzle renders its columns unqualified here.
      latestVersion: sql<
        number | null
      >`(select max(v.version) from ${mv} v where v.org_id = models.org_id and v.app_id = models.app_id and v.model_id = models.id)`,
      versionCount: sql<number>`(select count(*)::int from ${mv} v where v.org_id = models.org_id and v.app_id = models.app_id and v.model_id = models.id)`,
      deploymentCount: sql<number>`(select count(*)::int from ${schema.deployments} d join ${mv} v on v.id = d.model_version_id
        where d.org_id = models.org_id and d.app_id = models.app_id and v.model_id = models.id)`,
    })
    .from(m)
    .where(and(...conditions))
    .orderBy(asc(m.name))
    .limit(MODEL_PAGE_SIZE + 1);
  const page = rows.slice(0, MODEL_PAGE_SIZE).map((r) => ({
    ...r,
    latestVersion: r.latestVersion === null ? null : Number(r.latestVersion),
    versionCount: Number(r.versionCount),
    deploymentCount: Number(r.deploymentCount),
  }));
  return { rows: page, nextCursor: rows.length > MODEL_PAGE_SIZE ? (page.at(-1)?.name ?? null) : null };
}

export async function findModel(executor: Executor, orgId: string, appId: string, modelId: string): Promise<ModelDto | null> {
  const [row] = await executor
    .select({ id: m.id, name: m.name, description: m.description, createdAt: m.createdAt })
    .from(m)
    .where(and(eq(m.orgId, orgId), eq(m.appId, appId), eq(m.id, modelId)));
  return row ?? null;
}

/** One page of a model's versions, newest first; the cursor is the last version number shown. */
export async function listModelVersions(
  executor: Executor,
  orgId: string,
  appId: string,
  modelId: string,
  options: { before?: number } = {},
): Promise<Page<ModelVersionRow>> {
  const conditions: SQL[] = [eq(mv.orgId, orgId), eq(mv.appId, appId), eq(mv.modelId, modelId)];
  if (options.before !== undefined) conditions.push(lt(mv.version, options.before));
  const rows = await executor
    .select({
      id: mv.id,
      version: mv.version,
      metrics: mv.metrics,
      trainedBy: sql<string | null>`coalesce(${schema.users.name}, ${schema.users.email})`,
      createdAt: mv.createdAt,
    })
    .from(mv)
    .leftJoin(schema.users, eq(schema.users.id, mv.trainedBy))
    .where(and(...conditions))
    .orderBy(desc(mv.version))
    .limit(VERSION_PAGE_SIZE + 1);
  const page = rows.slice(0, VERSION_PAGE_SIZE);
  return { rows: page, nextCursor: rows.length > VERSION_PAGE_SIZE ? String(page.at(-1)!.version) : null };
}

/** The model, locked for the rest of the transaction (renames, deletes and training runs queue on it). */
export async function lockModel(tx: Tx, orgId: string, appId: string, modelId: string): Promise<ModelDto | null> {
  const [row] = await tx
    .select({ id: m.id, name: m.name, description: m.description, createdAt: m.createdAt })
    .from(m)
    .where(and(eq(m.orgId, orgId), eq(m.appId, appId), eq(m.id, modelId)))
    .for('update');
  return row ?? null;
}

export async function findModelIdByName(executor: Executor, orgId: string, appId: string, name: string): Promise<string | null> {
  const [row] = await executor
    .select({ id: m.id })
    .from(m)
    .where(and(eq(m.orgId, orgId), eq(m.appId, appId), eq(m.name, name)));
  return row?.id ?? null;
}

export async function insertModel(tx: Tx, orgId: string, appId: string, input: { name: string; description: string }): Promise<string> {
  const [row] = await tx
    .insert(m)
    .values({ orgId, appId, ...input })
    .returning({ id: m.id });
  return row!.id;
}

export async function updateModelRow(tx: Tx, orgId: string, appId: string, modelId: string, input: { name: string; description: string }) {
  await tx
    .update(m)
    .set(input)
    .where(and(eq(m.orgId, orgId), eq(m.appId, appId), eq(m.id, modelId)));
}

/** Locks the model's versions (FOR UPDATE): a deploy of one of them, which holds it FOR KEY SHARE, finishes first or waits. */
export async function lockModelVersions(tx: Tx, orgId: string, appId: string, modelId: string): Promise<void> {
  await tx
    .select({ id: mv.id })
    .from(mv)
    .where(and(eq(mv.orgId, orgId), eq(mv.appId, appId), eq(mv.modelId, modelId)))
    .for('update');
}

/** How many versions the model has and how many deployments run them: what deleting it removes. */
export async function countModelDependents(tx: Tx, orgId: string, appId: string, modelId: string) {
  const [counts] = await tx
    .select({
      versions: sql<number>`count(*)::int`,
      deployments: sql<number>`(select count(*)::int from ${schema.deployments} d join ${mv} v on v.id = d.model_version_id
        where d.org_id = ${orgId} and d.app_id = ${appId} and v.model_id = ${modelId})`,
    })
    .from(mv)
    .where(and(eq(mv.orgId, orgId), eq(mv.appId, appId), eq(mv.modelId, modelId)));
  return { versions: Number(counts?.versions ?? 0), deployments: Number(counts?.deployments ?? 0) };
}

/** Deletes the model; its versions, their deployments and the workflow steps that used it go with it (cascades). */
export async function deleteModelRow(tx: Tx, orgId: string, appId: string, modelId: string) {
  await tx.delete(m).where(and(eq(m.orgId, orgId), eq(m.appId, appId), eq(m.id, modelId)));
}

/** Per concept of the app: its annotations by review status (one grouped query), and the distinct inputs approved. */
export async function annotationStats(executor: Executor, orgId: string, appId: string) {
  const c = schema.concepts;
  const an = schema.annotations;
  const counted = (status: string) => sql<number>`count(${an.id}) filter (where ${an.reviewStatus} = ${status})`;
  const concepts = await executor
    .select({ conceptId: c.id, name: c.name, approved: counted('approved'), rejected: counted('rejected'), pending: counted('pending') })
    .from(c)
    .leftJoin(an, and(eq(an.orgId, c.orgId), eq(an.appId, c.appId), eq(an.conceptId, c.id)))
    .where(and(eq(c.orgId, orgId), eq(c.appId, appId)))
    .groupBy(c.id, c.name);
  const [inputs] = await executor
    .select({ n: sql<number>`count(distinct ${an.inputId})` })
    .from(an)
    .where(and(eq(an.orgId, orgId), eq(an.appId, appId), eq(an.reviewStatus, 'approved')));
  return {
    concepts: concepts.map((r) => ({ ...r, approved: Number(r.approved), rejected: Number(r.rejected), pending: Number(r.pending) })),
    inputs: Number(inputs?.n ?? 0),
  };
}

/** The model's next version number; call with the model row locked (lockModel) so two runs get consecutive numbers. */
export async function nextModelVersion(tx: Tx, orgId: string, appId: string, modelId: string): Promise<number> {
  const [last] = await tx
    .select({ version: sql<number>`coalesce(max(${mv.version}), 0)::int` })
    .from(mv)
    .where(and(eq(mv.orgId, orgId), eq(mv.appId, appId), eq(mv.modelId, modelId)));
  return Number(last?.version ?? 0) + 1;
}

export async function insertModelVersion(
  tx: Tx,
  row: { orgId: string; appId: string; modelId: string; version: number; metrics: unknown; trainedBy: string },
): Promise<string> {
  const [inserted] = await tx.insert(mv).values(row).returning({ id: mv.id });
  return inserted!.id;
}

/** A cost of this month (UTC) for the app, as the Costs page adds it up. */
export async function insertUsageRecord(
  tx: Tx,
  row: { orgId: string; appId: string; appLabel: string; category: 'training'; amountCents: number },
): Promise<void> {
  await tx.insert(schema.usageRecords).values({ ...row, month: sql`date_trunc('month', now() at time zone 'UTC')::date` });
}
