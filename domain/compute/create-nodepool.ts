import 'server-only';
import { insertNodepool, nodepoolExists } from '@/db/queries/compute';
import { fieldError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requireCluster } from './cluster';

/** Nodepool IDs are unique per cluster: the cluster is locked, so two creations in it check one after the other. */
export async function createNodepool(
  ctx: OrgCommandContext,
  input: { clusterId: string; id: string; instanceType: string; minNodes: number; maxNodes: number },
): Promise<{ id: string }> {
  authorize(ctx, 'compute.manage');
  await requireCluster(ctx, input.clusterId);
  if (await nodepoolExists(ctx.tx, ctx.orgId, input.clusterId, input.id)) {
    throw fieldError('id', 'This Nodepool ID is taken in this cluster. Choose another.');
  }
  await insertNodepool(ctx.tx, ctx.orgId, input);
  ctx.audit({
    action: 'nodepool.created',
    targetType: 'nodepool',
    targetId: `${input.clusterId}/${input.id}`,
    data: { instanceType: input.instanceType, minNodes: input.minNodes, maxNodes: input.maxNodes },
  });
  return { id: input.id };
}
