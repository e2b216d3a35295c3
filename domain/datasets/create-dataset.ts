import 'server-only';
import { insertDataset } from '@/db/queries/datasets';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';

/** A taken name is refused by the unique index, even when two people create it at once, with the message beside the field. */
export async function createDataset(
  ctx: AppCommandContext,
  input: { name: string; description: string },
): Promise<{ id: string; name: string }> {
  authorizeOnApp(ctx, 'datasets.write');
  const id = await insertDataset(ctx.tx, ctx.orgId, ctx.app.id, { name: input.name, description: input.description });
  ctx.audit({ action: 'dataset.created', targetType: 'dataset', targetId: id, data: { app: ctx.app.slug, name: input.name } });
  return { id, name: input.name };
}
