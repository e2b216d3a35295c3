import 'server-only';
import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { ActionError, fieldError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';
import { computeTrainingMetrics, trainingCostCents, type TrainingMetrics } from '@/lib/training';
import { requireAppPermission } from './apps';
import { decodeTextCursor } from '@/db/cursor';
import type { Page } from './members';

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
async function requireModel(ctx: OrgContext, appId: string, modelId: string) {
  const [row] = await ctx.tx
    .select({ id: m.id, name: m.name, description: m.description })
    .from(m)
    .where(and(eq(m.orgId, ctx.orgId), eq(m.appId, appId), eq(m.id, modelId)))
    .for('update');
  if (!row) throw new ActionError('NOT_FOUND', 'That model does not exist in this app.');
  return row;
}

async function requireFreeName(ctx: OrgContext, appId: string, name: string, exceptId?: string) {
  const [taken] = await ctx.tx
    .select({ id: m.id })
    .from(m)
    .where(and(eq(m.orgId, ctx.orgId), eq(m.appId, appId), eq(m.name, name)));
  if (taken && taken.id !== exceptId) throw fieldError('name', 'This app already has a model with this name.');
}

// requireAppPermission locks the app row, so writes to one app's models run one after another and the
// name checks below cannot race (the unique index on (app_id, name) backs them anyway).

export async function createModel(ctx: OrgContext, appId: string, input: { name: string; description: string }) {
  const app = await requireAppPermission(ctx, appId, 'models.write');
  await requireFreeName(ctx, app.id, input.name);
  const [row] = await ctx.tx
    .insert(m)
    .values({ orgId: ctx.orgId, appId: app.id, ...input })
    .returning({ id: m.id });
  ctx.audit({ action: 'model.created', targetType: 'model', targetId: row!.id, data: { app: app.slug, name: input.name } });
  return { id: row!.id, name: input.name };
}

export async function updateModel(ctx: OrgContext, appId: string, modelId: string, input: { name: string; description: string }) {
  const app = await requireAppPermission(ctx, appId, 'models.write');
  const model = await requireModel(ctx, app.id, modelId);
  await requireFreeName(ctx, app.id, input.name, modelId);
  await ctx.tx
    .update(m)
    .set(input)
    .where(and(eq(m.orgId, ctx.orgId), eq(m.appId, app.id), eq(m.id, modelId)));
  ctx.audit({
    action: 'model.updated',
    targetType: 'model',
    targetId: modelId,
    data: { app: app.slug, before: { name: model.name }, after: { name: input.name } },
  });
  return { id: modelId, name: input.name };
}

/** Deleting a model deletes its versions, their deployments and the workflow steps that used it. */
export async function deleteModel(ctx: OrgContext, appId: string, modelId: string) {
  const app = await requireAppPermission(ctx, appId, 'models.write');
  const model = await requireModel(ctx, app.id, modelId);
  const [counts] = await ctx.tx
    .select({
      versions: sql<number>`count(*)::int`,
      deployments: sql<number>`(select count(*)::int from ${schema.deployments} d join ${mv} v on v.id = d.model_version_id
        where d.org_id = ${ctx.orgId} and d.app_id = ${app.id} and v.model_id = ${modelId})`,
    })
    .from(mv)
    .where(and(eq(mv.orgId, ctx.orgId), eq(mv.appId, app.id), eq(mv.modelId, modelId)));
  await ctx.tx.delete(m).where(and(eq(m.orgId, ctx.orgId), eq(m.appId, app.id), eq(m.id, modelId)));
  const lost = { versions: Number(counts?.versions ?? 0), deployments: Number(counts?.deployments ?? 0) };
  ctx.audit({ action: 'model.deleted', targetType: 'model', targetId: modelId, data: { app: app.slug, name: model.name, ...lost } });
  return { id: modelId, name: model.name, ...lost };
}

/** Per concept of the app: its annotations by review status (one grouped query), and the distinct inputs approved. */
async function annotationStats(ctx: OrgContext, appId: string) {
  const c = schema.concepts;
  const an = schema.annotations;
  const counted = (status: string) => sql<number>`count(${an.id}) filter (where ${an.reviewStatus} = ${status})`;
  const concepts = await ctx.tx
    .select({ conceptId: c.id, name: c.name, approved: counted('approved'), rejected: counted('rejected'), pending: counted('pending') })
    .from(c)
    .leftJoin(an, and(eq(an.orgId, c.orgId), eq(an.appId, c.appId), eq(an.conceptId, c.id)))
    .where(and(eq(c.orgId, ctx.orgId), eq(c.appId, appId)))
    .groupBy(c.id, c.name);
  const [inputs] = await ctx.tx
    .select({ n: sql<number>`count(distinct ${an.inputId})` })
    .from(an)
    .where(and(eq(an.orgId, ctx.orgId), eq(an.appId, appId), eq(an.reviewStatus, 'approved')));
  return {
    concepts: concepts.map((r) => ({ ...r, approved: Number(r.approved), rejected: Number(r.rejected), pending: Number(r.pending) })),
    inputs: Number(inputs?.n ?? 0),
  };
}

/**
 * A (simulated) training run: metrics from the app's annotations (lib/training.ts), recorded as the
 * model's next version, and its cost as a usage record of this month. The model row is locked, so two
 * runs at once get consecutive versions; the unique (model_id, version) backs it.
 */
export async function trainModel(
  ctx: OrgContext,
  appId: string,
  modelId: string,
): Promise<{ id: string; version: number; metrics: TrainingMetrics }> {
  const app = await requireAppPermission(ctx, appId, 'models.write');
  const model = await requireModel(ctx, app.id, modelId);
  const stats = await annotationStats(ctx, app.id);
  const metrics = computeTrainingMetrics(stats.concepts, stats.inputs);
  const [last] = await ctx.tx
    .select({ version: sql<number>`coalesce(max(${mv.version}), 0)::int` })
    .from(mv)
    .where(and(eq(mv.orgId, ctx.orgId), eq(mv.appId, app.id), eq(mv.modelId, modelId)));
  const version = Number(last?.version ?? 0) + 1;
  const [row] = await ctx.tx
    .insert(mv)
    .values({ orgId: ctx.orgId, appId: app.id, modelId, version, metrics, trainedBy: ctx.user.id })
    .returning({ id: mv.id });
  await ctx.tx.insert(schema.usageRecords).values({
    orgId: ctx.orgId,
    appId: app.id,
    appLabel: app.slug,
    month: sql`date_trunc('month', now() at time zone 'UTC')::date`,
    category: 'training',
    amountCents: trainingCostCents(metrics.examples),
  });
  ctx.audit({
    action: 'model.trained',
    targetType: 'model',
    targetId: modelId,
    data: { app: app.slug, name: model.name, version, examples: metrics.examples, accuracy: metrics.accuracy },
  });
  return { id: row!.id, version, metrics };
}
