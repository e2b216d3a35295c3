import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';

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

/** The cluster, locked for the rest of the transaction (renames, deletes and new nodepools queue on it). */
export async function lockCluster(tx: Tx, orgId: string, clusterId: string): Promise<{ id: string; name: string } | null> {
  const [row] = await tx
    .select({ id: c.id, name: c.name })
    .from(c)
    .where(and(eq(c.orgId, orgId), eq(c.id, clusterId)))
    .for('update');
  return row ?? null;
}

/** Inserts the cluster; false when its Cluster ID is taken in the organization (also by a writer racing this one). */
export async function insertCluster(tx: Tx, orgId: string, input: { id: string; name: string; region: string }): Promise<boolean> {
  const inserted = await tx
    .insert(c)
    .values({ orgId, ...input })
    .onConflictDoNothing({ target: [c.orgId, c.id] })
    .returning({ id: c.id });
  return inserted.length > 0;
}

export async function updateClusterName(tx: Tx, orgId: string, clusterId: string, name: string): Promise<void> {
  await tx
    .update(c)
    .set({ name })
    .where(and(eq(c.orgId, orgId), eq(c.id, clusterId)));
}

/** Deletes the cluster; its nodepools and their deployments go with it (cascades). */
export async function deleteClusterRow(tx: Tx, orgId: string, clusterId: string): Promise<void> {
  await tx.delete(c).where(and(eq(c.orgId, orgId), eq(c.id, clusterId)));
}

export async function nodepoolExists(executor: Executor, orgId: string, clusterId: string, nodepoolId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: n.id })
    .from(n)
    .where(and(eq(n.orgId, orgId), eq(n.clusterId, clusterId), eq(n.id, nodepoolId)));
  return Boolean(row);
}

export async function insertNodepool(
  tx: Tx,
  orgId: string,
  input: { clusterId: string; id: string; instanceType: string; minNodes: number; maxNodes: number },
): Promise<void> {
  await tx.insert(n).values({ orgId, ...input });
}

/** The cluster's nodepool, locked for the rest of the transaction; null when the cluster has no such nodepool. */
export async function lockNodepool(tx: Tx, orgId: string, clusterId: string, nodepoolId: string): Promise<NodepoolDto | null> {
  const [row] = await tx
    .select({ id: n.id, instanceType: n.instanceType, minNodes: n.minNodes, maxNodes: n.maxNodes })
    .from(n)
    .where(and(eq(n.orgId, orgId), eq(n.clusterId, clusterId), eq(n.id, nodepoolId)))
    .for('update');
  return row ?? null;
}

export async function updateNodepoolRow(
  tx: Tx,
  orgId: string,
  clusterId: string,
  nodepoolId: string,
  values: { instanceType: string; minNodes: number; maxNodes: number },
): Promise<void> {
  await tx
    .update(n)
    .set(values)
    .where(and(eq(n.orgId, orgId), eq(n.clusterId, clusterId), eq(n.id, nodepoolId)));
}

/** Deletes the nodepool (its deployments go with it); false when the cluster has no such nodepool. */
export async function deleteNodepoolRow(tx: Tx, orgId: string, clusterId: string, nodepoolId: string): Promise<boolean> {
  const removed = await tx
    .delete(n)
    .where(and(eq(n.orgId, orgId), eq(n.clusterId, clusterId), eq(n.id, nodepoolId)))
    .returning({ id: n.id });
  return removed.length > 0;
}
