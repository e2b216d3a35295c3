import 'server-only';
import { lockDataset, type DatasetRef } from '@/db/queries/datasets';
import { ActionError } from '@/domain/errors';
import type { AppCommandContext } from '../context';

/**
 * The app's dataset, locked for the rest of the transaction ('update' to delete it; 'key share' holds it
 * against deletion while its inputs change). One of another app is not found.
 */
export async function requireDataset(
  ctx: Pick<AppCommandContext, 'tx' | 'orgId' | 'app'>,
  datasetId: string,
  lock: 'update' | 'key share',
): Promise<DatasetRef> {
  const dataset = await lockDataset(ctx.tx, ctx.orgId, ctx.app.id, datasetId, lock);
  if (!dataset) throw new ActionError('NOT_FOUND', 'That dataset does not exist in this app.');
  return dataset;
}
