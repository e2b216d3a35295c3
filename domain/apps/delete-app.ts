import 'server-only';
import { deleteAppRow } from '@/db/queries/apps';
import { fieldError } from '@/domain/errors';
import { authorizeOnApp } from '../authorize';
import type { OrgCommandContext } from '../context';
import { openApp } from './open-app';

/**
 * Deletes the app with everything in it, once its App ID is typed to confirm. Locked for update, it waits
 * for the writes holding the app (deploys, training runs…), and those that come after find it gone.
 */
export async function deleteApp(ctx: OrgCommandContext, input: { appId: string; confirmation: string }): Promise<{ slug: string }> {
  const appCtx = await openApp(ctx, input.appId, 'update');
  authorizeOnApp(appCtx, 'app.delete');
  const { app } = appCtx;
  if (input.confirmation !== app.slug) throw fieldError('confirmation', `Type the App ID "${app.slug}" to confirm.`);
  await deleteAppRow(ctx.tx, ctx.orgId, app.id);
  ctx.audit({ action: 'app.deleted', targetType: 'app', targetId: app.slug, data: { appId: app.id, name: app.name } });
  return { slug: app.slug };
}
