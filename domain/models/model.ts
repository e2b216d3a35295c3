import 'server-only';
import type { Tx } from '@/db';
import { findModelIdByName, lockModel } from '@/db/queries/models';
import { ActionError, fieldError } from '@/domain/errors';
import type { AppCommandContext } from '../context';

/**
 * Names are unique per app. Checked first for a message beside the field; two writers racing past the
 * check are stopped by the unique index (models_app_name_unique), which answers the same message.
 */
export async function requireFreeModelName(ctx: AppCommandContext, name: string, exceptId?: string): Promise<void> {
  const taken = await findModelIdByName(ctx.tx, ctx.orgId, ctx.app.id, name);
  if (taken && taken !== exceptId) throw fieldError('name', 'This app already has a model with this name.');
}

/** The app's model, locked for the rest of the transaction (renames, deletes and training runs queue on it). */
export async function requireModel(ctx: { tx: Tx; orgId: string; app: { id: string } }, modelId: string) {
  const model = await lockModel(ctx.tx, ctx.orgId, ctx.app.id, modelId);
  if (!model) throw new ActionError('NOT_FOUND', 'That model does not exist in this app.');
  return model;
}
