import 'server-only';
import { deleteInputRow } from '@/db/queries/datasets';
import { ActionError } from '@/domain/errors';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireDataset } from './dataset';

/** Removes one input of the dataset, with its annotations. */
export async function deleteInput(ctx: AppCommandContext, input: { datasetId: string; inputId: string }): Promise<{ id: string }> {
  authorizeOnApp(ctx, 'datasets.write');
  const dataset = await requireDataset(ctx, input.datasetId, 'key share');
  const deleted = await deleteInputRow(ctx.tx, ctx.orgId, ctx.app.id, dataset.id, input.inputId);
  if (!deleted) throw new ActionError('NOT_FOUND', 'That input does not exist in this dataset.');
  return { id: input.inputId };
}
