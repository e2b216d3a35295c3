import 'server-only';
import { updateModelRow } from '@/db/queries/models';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireFreeModelName, requireModel } from './model';

export async function updateModel(ctx: AppCommandContext, input: { modelId: string; name: string; description: string }) {
  authorizeOnApp(ctx, 'models.write');
  const model = await requireModel(ctx, input.modelId);
  await requireFreeModelName(ctx, input.name, model.id);
  await updateModelRow(ctx.tx, ctx.orgId, ctx.app.id, model.id, { name: input.name, description: input.description });
  ctx.audit({
    action: 'model.updated',
    targetType: 'model',
    targetId: model.id,
    data: { app: ctx.app.slug, before: { name: model.name }, after: { name: input.name } },
  });
  return { id: model.id, name: input.name };
}
