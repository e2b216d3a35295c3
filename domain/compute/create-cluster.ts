import 'server-only';
import { insertCluster } from '@/db/queries/compute';
import { fieldError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/** Cluster IDs are unique per organization; the insert itself is the check, so two at once cannot both pass it. */
export async function createCluster(ctx: OrgCommandContext, input: { id: string; name: string; region: string }): Promise<{ id: string }> {
  authorize(ctx, 'compute.manage');
  if (!(await insertCluster(ctx.tx, ctx.orgId, input)))
    throw fieldError('id', 'This Cluster ID is taken in this organization. Choose another.');
  ctx.audit({ action: 'cluster.created', targetType: 'cluster', targetId: input.id, data: { name: input.name, region: input.region } });
  return { id: input.id };
}
