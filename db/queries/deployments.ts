import 'server-only';
import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import { decodeCursor, encodeCursor } from '@/db/cursor';
import { type Page } from '@/db/paging';
import { likePattern } from '@/db/text';

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

export type DeploymentVersion = { id: string; version: number; modelId: string; modelName: string };

/**
 * The app's model version, with its model's name, held (FOR KEY SHARE) until the transaction ends: a
 * model deletion running now finishes first (and the version is gone), or waits for this deployment.
 */
export async function findVersionToDeploy(tx: Tx, orgId: string, appId: string, modelVersionId: string): Promise<DeploymentVersion | null> {
  const [row] = await tx
    .select({ id: mv.id, version: mv.version, modelId: mv.modelId, modelName: m.name })
    .from(mv)
    .innerJoin(m, and(eq(m.orgId, mv.orgId), eq(m.appId, mv.appId), eq(m.id, mv.modelId)))
    .where(and(eq(mv.orgId, orgId), eq(mv.appId, appId), eq(mv.id, modelVersionId)))
    .for('key share', { of: mv });
  return row ?? null;
}

/** Whether the nodepool exists, held (FOR SHARE) against deletion until the transaction ends. */
export async function holdNodepool(tx: Tx, orgId: string, clusterId: string, nodepoolId: string): Promise<boolean> {
  const n = schema.nodepools;
  const [pool] = await tx
    .select({ id: n.id })
    .from(n)
    .where(and(eq(n.orgId, orgId), eq(n.clusterId, clusterId), eq(n.id, nodepoolId)))
    .for('share');
  return Boolean(pool);
}

/**
 * Inserts the deployment, or nothing when this version is already deployed on the nodepool: the unique
 * (version, nodepool) is the check, and a deployment of it still being committed is waited for. Null then.
 */
export async function insertDeployment(
  tx: Tx,
  row: { orgId: string; appId: string; modelVersionId: string; clusterId: string; nodepoolId: string; createdBy: string },
): Promise<string | null> {
  const [inserted] = await tx
    .insert(d)
    .values(row)
    .onConflictDoNothing({ target: [d.modelVersionId, d.clusterId, d.nodepoolId] })
    .returning({ id: d.id });
  return inserted?.id ?? null;
}

export type DeploymentSummary = { appId: string; version: number; modelName: string; clusterId: string; nodepoolId: string };

/** One deployment of the organization, with what the audit log says of it. */
export async function findDeployment(executor: Executor, orgId: string, deploymentId: string): Promise<DeploymentSummary | null> {
  const [row] = await executor
    .select({ appId: d.appId, version: mv.version, modelName: m.name, clusterId: d.clusterId, nodepoolId: d.nodepoolId })
    .from(d)
    .innerJoin(mv, and(eq(mv.orgId, d.orgId), eq(mv.appId, d.appId), eq(mv.id, d.modelVersionId)))
    .innerJoin(m, and(eq(m.orgId, mv.orgId), eq(m.appId, mv.appId), eq(m.id, mv.modelId)))
    .where(and(eq(d.orgId, orgId), eq(d.id, deploymentId)));
  return row ?? null;
}

/** Deletes the app's deployment; false when it is already gone. */
export async function deleteDeploymentRow(tx: Tx, orgId: string, appId: string, deploymentId: string): Promise<boolean> {
  const removed = await tx
    .delete(d)
    .where(and(eq(d.orgId, orgId), eq(d.appId, appId), eq(d.id, deploymentId)))
    .returning({ id: d.id });
  return removed.length > 0;
}
