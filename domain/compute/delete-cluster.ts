import 'server-only';
import { deleteClusterRow } from '@/db/queries/compute';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requireCluster } from './cluster';

/** Deletes the cluster with its nodepools and the deployments on them. */
export async function deleteCluster(ctx: OrgCommandContext, input: { clusterId: string }): Promise<{ id: string }> {
  authorize(ctx, 'compute.manage');
  const cluster = await requireCluster(ctx, input.clusterId);
  await deleteClusterRow(ctx.tx, ctx.orgId, cluster.id);
  ctx.audit({ action: 'cluster.deleted', targetType: 'cluster', targetId: cluster.id, data: { name: cluster.name } });
  return { id: cluster.id };
}
