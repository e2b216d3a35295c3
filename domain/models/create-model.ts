import 'server-only';
import { insertModel } from '@/db/queries/models';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireFreeModelName } from './model';

export async function createModel(ctx: AppCommandContext, input: { name: string; description: string }) {
  authorizeOnApp(ctx, 'models.write');
  await requireFreeModelName(ctx, input.name);
  const id = await insertModel(ctx.tx, ctx.orgId, ctx.app.id, { name: input.name, description: input.description });
  ctx.audit({ action: 'model.created', targetType: 'model', targetId: id, data: { app: ctx.app.slug, name: input.name } });
  return { id, name: input.name };
}
