import 'server-only';
import { countModelDependents, deleteModelRow, lockModelVersions } from '@/db/queries/models';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireModel } from './model';

/** Deleting a model deletes its versions, their deployments and the workflow steps that used it; the answer says how many. */
export async function deleteModel(ctx: AppCommandContext, input: { modelId: string }) {
  authorizeOnApp(ctx, 'models.write');
  const model = await requireModel(ctx, input.modelId);
  // Deploys in flight finish before the count, so it (and the audit) includes their deployments.
  await lockModelVersions(ctx.tx, ctx.orgId, ctx.app.id, model.id);
  const lost = await countModelDependents(ctx.tx, ctx.orgId, ctx.app.id, model.id);
  await deleteModelRow(ctx.tx, ctx.orgId, ctx.app.id, model.id);
  ctx.audit({ action: 'model.deleted', targetType: 'model', targetId: model.id, data: { app: ctx.app.slug, name: model.name, ...lost } });
  return { id: model.id, name: model.name, ...lost };
}
