import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { ActionError, fieldError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';

const c = schema.clusters;
const n = schema.nodepools;

export type NodepoolDto = { id: string; instanceType: string; minNodes: number; maxNodes: number };
export type ClusterDto = { id: string; name: string; region: string; createdAt: Date; nodepools: NodepoolDto[] };

const CLUSTER_LIMIT = 100;

/** Clusters with their nodepools in one query (nodepools aggregated per cluster). */
export async function listClusters(executor: Executor, orgId: string): Promise<ClusterDto[]> {
  const rows = await executor
    .select({
      id: c.id,
      name: c.name,
      region: c.region,
      createdAt: c.createdAt,
      nodepools: sql<NodepoolDto[]>`coalesce((
        select json_agg(json_build_object('id', np.id, 'instanceType', np.instance_type, 'minNodes', np.min_nodes, 'maxNodes', np.max_nodes) order by np.id)
        from ${n} np where np.org_id = clusters.org_id and np.cluster_id = clusters.id), '[]'::json)`,
    })
    .from(c)
    .where(eq(c.orgId, orgId))
    .orderBy(asc(c.id))
    .limit(CLUSTER_LIMIT);
  return rows;
}

async function requireCluster(ctx: OrgContext, clusterId: string) {
  const [row] = await ctx.tx
    .select({ id: c.id, name: c.name })
    .from(c)
    .where(and(eq(c.orgId, ctx.orgId), eq(c.id, clusterId)))
    .for('update');
  if (!row) throw new ActionError('NOT_FOUND', 'That cluster does not exist in this organization.');
  return row;
}

export async function createCluster(ctx: OrgContext, input: { id: string; name: string; region: string }) {
  const [taken] = await ctx.tx
    .select({ id: c.id })
    .from(c)
    .where(and(eq(c.orgId, ctx.orgId), eq(c.id, input.id)));
  if (taken) throw fieldError('id', 'This Cluster ID is taken in this organization. Choose another.');
  await ctx.tx.insert(c).values({ orgId: ctx.orgId, ...input });
  ctx.audit({ action: 'cluster.created', targetType: 'cluster', targetId: input.id, data: { name: input.name, region: input.region } });
  return { id: input.id };
}

export async function renameCluster(ctx: OrgContext, clusterId: string, name: string) {
  const cluster = await requireCluster(ctx, clusterId);
  await ctx.tx
    .update(c)
    .set({ name })
    .where(and(eq(c.orgId, ctx.orgId), eq(c.id, clusterId)));
  ctx.audit({ action: 'cluster.renamed', targetType: 'cluster', targetId: clusterId, data: { before: cluster.name, after: name } });
  return { id: clusterId, name };
}

export async function deleteCluster(ctx: OrgContext, clusterId: string) {
  const cluster = await requireCluster(ctx, clusterId);
  await ctx.tx.delete(c).where(and(eq(c.orgId, ctx.orgId), eq(c.id, clusterId)));
  ctx.audit({ action: 'cluster.deleted', targetType: 'cluster', targetId: clusterId, data: { name: cluster.name } });
  return { id: clusterId };
}

export async function createNodepool(
  ctx: OrgContext,
  input: { clusterId: string; id: string; instanceType: string; minNodes: number; maxNodes: number },
) {
  await requireCluster(ctx, input.clusterId);
  const [taken] = await ctx.tx
    .select({ id: n.id })
    .from(n)
    .where(and(eq(n.orgId, ctx.orgId), eq(n.clusterId, input.clusterId), eq(n.id, input.id)));
  if (taken) throw fieldError('id', 'This Nodepool ID is taken in this cluster. Choose another.');
  await ctx.tx.insert(n).values({ orgId: ctx.orgId, ...input });
  ctx.audit({
    action: 'nodepool.created',
    targetType: 'nodepool',
    targetId: `${input.clusterId}/${input.id}`,
    data: { instanceType: input.instanceType, minNodes: input.minNodes, maxNodes: input.maxNodes },
  });
  return { id: input.id };
}

export async function deleteNodepool(ctx: OrgContext, clusterId: string, nodepoolId: string) {
  await requireCluster(ctx, clusterId);
  const removed = await ctx.tx
    .delete(n)
    .where(and(eq(n.orgId, ctx.orgId), eq(n.clusterId, clusterId), eq(n.id, nodepoolId)))
    .returning({ id: n.id });
  if (removed.length === 0) throw new ActionError('NOT_FOUND', 'That nodepool does not exist in this cluster.');
  ctx.audit({ action: 'nodepool.deleted', targetType: 'nodepool', targetId: `${clusterId}/${nodepoolId}` });
  return { id: nodepoolId };
}
