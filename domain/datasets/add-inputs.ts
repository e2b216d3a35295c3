import 'server-only';
import { insertInputs } from '@/db/queries/datasets';
import type { ParsedInput } from '@/lib/validations/workspace';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireDataset } from './dataset';

/** Adds the inputs at once; the dataset is held against a concurrent delete, which would orphan them. */
export async function addInputs(ctx: AppCommandContext, input: { datasetId: string; lines: ParsedInput[] }): Promise<{ added: number }> {
  authorizeOnApp(ctx, 'datasets.write');
  const dataset = await requireDataset(ctx, input.datasetId, 'key share');
  await insertInputs(ctx.tx, ctx.orgId, ctx.app.id, dataset.id, input.lines);
  ctx.audit({
    action: 'dataset.inputs_added',
    targetType: 'dataset',
    targetId: dataset.id,
    data: { app: ctx.app.slug, name: dataset.name, count: input.lines.length },
  });
  return { added: input.lines.length };
}
