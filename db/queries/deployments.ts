import 'server-only';
import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { ActionError, fieldError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';
import { canDeployAppModels, canOnApp } from '@/lib/permissions';
import { splitNodepoolTarget } from '@/lib/validations/models';
import { appGrantFor } from './apps';
import { decodeCursor, encodeCursor } from '@/db/cursor';
import { likePattern, type Page } from './members';

const d = schema.deployments;
const mv = schema.modelVersions;
const m = schema.models;
const a = schema.apps;

export const DEPLOYMENT_PAGE_SIZE = 50;
export const VERSION_SEARCH_LIMIT = 50;
/** Deployments shown on one model's page (a model is deployed on a handful of nodepools, not hundreds). */
export const MODEL_DEPLOYMENT_LIMIT = 200;

export type DeploymentRow = {
  id: string;
  appId: string;
  appSlug: string;
  modelId: string;
  modelName: string;
  version: number;
  clusterId: string;
  nodepoolId: string;
  deployedBy: string | null;
  createdAt: Date;
};
export type ModelDeploymentRow = {
  id: string;
  modelVersionId: string;
  version: number;
  clusterId: string;
  nodepoolId: string;
  createdAt: Date;
};
export type DeployableVersion = { modelVersionId: string; appId: string; appSlug: string; modelName: string; version: number };

/** The organization's deployments, newest first, one keyset page, each with its app, model and who deployed it. */
export async function listDeployments(executor: Executor, orgId: string, options: { after?: string } = {}): Promise<Page<DeploymentRow>> {
  const conditions: SQL[] = [eq(d.orgId, orgId)];
  const cursor = decodeCursor(options.after, { uuidId: true });
  if (cursor) conditions.push(sql`(${d.createdAt}, ${d.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`);
  const rows = await executor
    .select({
      id: d.id,
      appId: d.appId,
      appSlug: a.slug,
      modelId: m.id,
      modelName: m.name,
      version: mv.version,
      clusterId: d.clusterId,
      nodepoolId: d.nodepoolId,
      deployedBy: sql<string | null>`coalesce(${schema.users.name}, ${schema.users.email})`,
      createdAt: d.createdAt,
      ts: sql<string>`${d.createdAt}::text`,
    })
    .from(d)
    .innerJoin(mv, and(eq(mv.orgId, d.orgId), eq(mv.appId, d.appId), eq(mv.id, d.modelVersionId)))
    .innerJoin(m, and(eq(m.orgId, mv.orgId), eq(m.appId, mv.appId), eq(m.id, mv.modelId)))
    .innerJoin(a, and(eq(a.orgId, d.orgId), eq(a.id, d.appId)))
    .leftJoin(schema.users, eq(schema.users.id, d.createdBy))
    .where(and(...conditions))
    .orderBy(desc(d.createdAt), desc(d.id))
    .limit(DEPLOYMENT_PAGE_SIZE + 1);
  const page = rows.slice(0, DEPLOYMENT_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page.map(({ ts: _ts, ...row }) => row),
    nextCursor: rows.length > DEPLOYMENT_PAGE_SIZE && last ? encodeCursor(last.ts, last.id) : null,
  };
}

/** Where one model's versions are deployed. */
export async function listModelDeployments(
  executor: Executor,
  orgId: string,
  appId: string,
  modelId: string,
): Promise<ModelDeploymentRow[]> {
  return executor
    .select({
      id: d.id,
      modelVersionId: d.modelVersionId,
      version: mv.version,
      clusterId: d.clusterId,
      nodepoolId: d.nodepoolId,
      createdAt: d.createdAt,
    })
    .from(d)
    .innerJoin(mv, and(eq(mv.orgId, d.orgId), eq(mv.appId, d.appId), eq(mv.id, d.modelVersionId)))
    .where(and(eq(d.orgId, orgId), eq(d.appId, appId), eq(mv.modelId, modelId)))
    .orderBy(desc(mv.version), d.clusterId, d.nodepoolId)
    .limit(MODEL_DEPLOYMENT_LIMIT);
}

/** For the compute page's Deploy model dialog: the organization's model versions, newest first, by app or model. */
export async function searchDeployableVersions(executor: Executor, orgId: string, q: string): Promise<DeployableVersion[]> {
  const conditions: SQL[] = [eq(mv.orgId, orgId)];
  if (q.trim()) conditions.push(or(ilike(a.slug, likePattern(q)), ilike(a.name, likePattern(q)), ilike(m.name, likePattern(q)))!);
  return executor
    .select({ modelVersionId: mv.id, appId: a.id, appSlug: a.slug, modelName: m.name, version: mv.version })
    .from(mv)
    .innerJoin(m, and(eq(m.orgId, mv.orgId), eq(m.appId, mv.appId), eq(m.id, mv.modelId)))
    .innerJoin(a, and(eq(a.orgId, mv.orgId), eq(a.id, mv.appId)))
    .where(and(...conditions))
    .orderBy(desc(mv.createdAt), desc(mv.id))
    .limit(VERSION_SEARCH_LIMIT);
}

/**
 * Deploying (and undeploying) a model of an app: allowed by the role's 'compute.deploy' (any app) or by
 * 'app.deploy' on this app (canDeployAppModels). An app the caller may not view answers NOT_FOUND, as if
 * it did not exist; one they view without the permission, FORBIDDEN. The app row is locked, so deploys
 * of one app's models run one after another (the duplicate check cannot race).
 */
async function requireDeployAccess(ctx: OrgContext, appId: string, notFound = 'That app does not exist, or you do not have access.') {
  const [app] = await ctx.tx
    .select({ id: a.id, slug: a.slug })
    .from(a)
    .where(and(eq(a.orgId, ctx.orgId), eq(a.id, appId)))
    .for('update');
  const grant = app ? await appGrantFor(ctx.tx, ctx.orgId, ctx.user.id, app.id) : null;
  if (app && grant && canDeployAppModels(grant)) return app;
  if (!app || !grant || !canOnApp(grant, 'app.view')) throw new ActionError('NOT_FOUND', notFound);
  throw new ActionError('FORBIDDEN', "Your access does not allow deploying this app's models.");
}

export async function deployModel(ctx: OrgContext, input: { appId: string; modelVersionId: string; nodepool: string }) {
  const app = await requireDeployAccess(ctx, input.appId);
  const [version] = await ctx.tx
    .select({ id: mv.id, version: mv.version, modelId: mv.modelId, modelName: m.name })
    .from(mv)
    .innerJoin(m, and(eq(m.orgId, mv.orgId), eq(m.appId, mv.appId), eq(m.id, mv.modelId)))
    .where(and(eq(mv.orgId, ctx.orgId), eq(mv.appId, app.id), eq(mv.id, input.modelVersionId)));
  if (!version) throw fieldError('modelVersionId', 'That model version does not exist in this app.');
  const { clusterId, nodepoolId } = splitNodepoolTarget(input.nodepool);
  const n = schema.nodepools;
  const [pool] = await ctx.tx
    .select({ id: n.id })
    .from(n)
    .where(and(eq(n.orgId, ctx.orgId), eq(n.clusterId, clusterId), eq(n.id, nodepoolId)))
    .for('share');
  if (!pool) throw fieldError('nodepool', 'That nodepool does not exist in this organization.');
  const [existing] = await ctx.tx
    .select({ id: d.id })
    .from(d)
    .where(and(eq(d.orgId, ctx.orgId), eq(d.modelVersionId, version.id), eq(d.clusterId, clusterId), eq(d.nodepoolId, nodepoolId)));
  if (existing)
    throw fieldError('nodepool', `Version ${version.version} of ${version.modelName} is already deployed on ${clusterId}/${nodepoolId}.`);
  const [row] = await ctx.tx
    .insert(d)
    .values({ orgId: ctx.orgId, appId: app.id, modelVersionId: version.id, clusterId, nodepoolId, createdBy: ctx.user.id })
    .returning({ id: d.id });
  ctx.audit({
    action: 'model.deployed',
    targetType: 'deployment',
    targetId: row!.id,
    data: {
      app: app.slug,
      modelId: version.modelId,
      model: version.modelName,
      version: version.version,
      cluster: clusterId,
      nodepool: nodepoolId,
    },
  });
  return { id: row!.id, version: version.version, modelName: version.modelName, clusterId, nodepoolId };
}

export async function undeployModel(ctx: OrgContext, deploymentId: string) {
  // Read without a lock, then lock the app (as deploy does), then delete: one lock order for both.
  const [found] = await ctx.tx
    .select({ appId: d.appId, version: mv.version, modelName: m.name, clusterId: d.clusterId, nodepoolId: d.nodepoolId })
    .from(d)
    .innerJoin(mv, and(eq(mv.orgId, d.orgId), eq(mv.appId, d.appId), eq(mv.id, d.modelVersionId)))
    .innerJoin(m, and(eq(m.orgId, mv.orgId), eq(m.appId, mv.appId), eq(m.id, mv.modelId)))
    .where(and(eq(d.orgId, ctx.orgId), eq(d.id, deploymentId)));
  const notFound = 'That deployment does not exist, or you do not have access.';
  if (!found) throw new ActionError('NOT_FOUND', notFound);
  const app = await requireDeployAccess(ctx, found.appId, notFound);
  const removed = await ctx.tx
    .delete(d)
    .where(and(eq(d.orgId, ctx.orgId), eq(d.appId, app.id), eq(d.id, deploymentId)))
    .returning({ id: d.id });
  if (removed.length === 0) throw new ActionError('NOT_FOUND', 'That deployment was just removed.');
  ctx.audit({
    action: 'model.undeployed',
    targetType: 'deployment',
    targetId: deploymentId,
    data: { app: app.slug, model: found.modelName, version: found.version, cluster: found.clusterId, nodepool: found.nodepoolId },
  });
  return { id: deploymentId };
}
