import 'server-only';
import { lockNodepool, updateNodepoolRow } from '@/db/queries/compute';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requireCluster } from './cluster';

type NodepoolSize = { instanceType: string; minNodes: number; maxNodes: number };

/**
 * Changes a nodepool's instance type and node range (validated as on creation; the database also holds
 * 0 ≤ min ≤ max ≤ 1,000). Its deployments stay on it. The cluster is locked first, as by every other
 * change to its nodepools, then the nodepool itself.
 */
export async function updateNodepool(
  ctx: OrgCommandContext,
  input: { clusterId: string; nodepoolId: string } & NodepoolSize,
): Promise<{ id: string } & NodepoolSize> {
  authorize(ctx, 'compute.manage');
  await requireCluster(ctx, input.clusterId);
  const pool = await lockNodepool(ctx.tx, ctx.orgId, input.clusterId, input.nodepoolId);
  if (!pool) throw new ActionError('NOT_FOUND', 'That nodepool does not exist in this cluster.');
  const after: NodepoolSize = { instanceType: input.instanceType, minNodes: input.minNodes, maxNodes: input.maxNodes };
  const before: NodepoolSize = { instanceType: pool.instanceType, minNodes: pool.minNodes, maxNodes: pool.maxNodes };
  if (before.instanceType !== after.instanceType || before.minNodes !== after.minNodes || before.maxNodes !== after.maxNodes) {
    await updateNodepoolRow(ctx.tx, ctx.orgId, input.clusterId, pool.id, after);
    ctx.audit({ action: 'nodepool.updated', targetType: 'nodepool', targetId: `${input.clusterId}/${pool.id}`, data: { before, after } });
  }
  return { id: pool.id, ...after };
}
