import 'server-only';
import { deleteNodepoolRow } from '@/db/queries/compute';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requireCluster } from './cluster';

/** Deletes a nodepool of the cluster with the deployments on it. */
export async function deleteNodepool(ctx: OrgCommandContext, input: { clusterId: string; nodepoolId: string }): Promise<{ id: string }> {
  authorize(ctx, 'compute.manage');
  await requireCluster(ctx, input.clusterId);
  if (!(await deleteNodepoolRow(ctx.tx, ctx.orgId, input.clusterId, input.nodepoolId))) {
    throw new ActionError('NOT_FOUND', 'That nodepool does not exist in this cluster.');
  }
  ctx.audit({ action: 'nodepool.deleted', targetType: 'nodepool', targetId: `${input.clusterId}/${input.nodepoolId}` });
  return { id: input.nodepoolId };
}
