import 'server-only';
import { deleteDatasetRow } from '@/db/queries/datasets';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireDataset } from './dataset';

/** Deletes the dataset, its inputs, and the labeling tasks over it (with their annotations). */
export async function deleteDataset(ctx: AppCommandContext, input: { datasetId: string }): Promise<{ id: string }> {
  authorizeOnApp(ctx, 'datasets.write');
  const dataset = await requireDataset(ctx, input.datasetId, 'update');
  await deleteDatasetRow(ctx.tx, ctx.orgId, ctx.app.id, dataset.id);
  ctx.audit({ action: 'dataset.deleted', targetType: 'dataset', targetId: dataset.id, data: { app: ctx.app.slug, name: dataset.name } });
  return { id: dataset.id };
}
