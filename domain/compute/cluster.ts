import 'server-only';
import { lockCluster } from '@/db/queries/compute';
import { ActionError } from '@/domain/errors';
import type { OrgCommandContext } from '../context';

/** The organization's cluster, locked for the rest of the transaction (renames, deletes and new nodepools queue on it). */
export async function requireCluster(ctx: Pick<OrgCommandContext, 'tx' | 'orgId'>, clusterId: string) {
  const cluster = await lockCluster(ctx.tx, ctx.orgId, clusterId);
  if (!cluster) throw new ActionError('NOT_FOUND', 'That cluster does not exist in this organization.');
  return cluster;
}
