import 'server-only';
import { updateClusterName } from '@/db/queries/compute';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requireCluster } from './cluster';

/** Renames a compute cluster of the organization; a cluster of another organization is not found. */
export async function renameCluster(
  ctx: OrgCommandContext,
  input: { clusterId: string; name: string },
): Promise<{ id: string; name: string }> {
  authorize(ctx, 'compute.manage');
  const cluster = await requireCluster(ctx, input.clusterId);
  await updateClusterName(ctx.tx, ctx.orgId, cluster.id, input.name);
  ctx.audit({ action: 'cluster.renamed', targetType: 'cluster', targetId: cluster.id, data: { before: cluster.name, after: input.name } });
  return { id: cluster.id, name: input.name };
}
