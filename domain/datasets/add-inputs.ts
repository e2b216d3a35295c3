import 'server-only';
import { insertInputs } from '@/db/queries/datasets';
import { insertImageInputs } from '@/db/queries/input-files';
import type { ParsedInput } from '@/lib/validations/workspace';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireDataset } from './dataset';
import { readImageFiles } from './upload-images';

/**
 * Adds the inputs at once: the lines (URLs and text), then the uploaded images (each checked by its
 * bytes). All or nothing: one refused file adds nothing. The dataset is held against a concurrent
 * delete, which would orphan them.
 */
export async function addInputs(
  ctx: AppCommandContext,
  input: { datasetId: string; lines: ParsedInput[]; files?: readonly File[] },
): Promise<{ added: number }> {
  authorizeOnApp(ctx, 'datasets.write');
  // Decoding is the slow part: done before the dataset is locked, and only for a permitted actor.
  const images = await readImageFiles(input.files ?? []);
  const dataset = await requireDataset(ctx, input.datasetId, 'key share');
  if (input.lines.length > 0) await insertInputs(ctx.tx, ctx.orgId, ctx.app.id, dataset.id, input.lines);
  await insertImageInputs(ctx.tx, ctx.orgId, ctx.app.id, dataset.id, images, input.lines.length);
  const added = input.lines.length + images.length;
  ctx.audit({
    action: 'dataset.inputs_added',
    targetType: 'dataset',
    targetId: dataset.id,
    data: { app: ctx.app.slug, name: dataset.name, count: added, ...(images.length > 0 ? { images: images.length } : {}) },
  });
  return { added };
}
