import 'server-only';
import { updateAppVisibility } from '@/db/queries/apps';
import type { AppVisibility } from '@/lib/permissions';
import { authorizeOnApp } from '../authorize';
import type { OrgCommandContext } from '../context';
import { openApp } from './open-app';

/**
 * Makes the app private (only its roles and teams let members in) or open to the whole organization
 * (every member may also open it, view-only). Choosing the visibility it already has changes nothing.
 */
export async function changeAppVisibility(
  ctx: OrgCommandContext,
  input: { appId: string; visibility: AppVisibility },
): Promise<{ id: string; visibility: AppVisibility; changed: boolean }> {
  // Two changes at once run one after the other, so each audits the visibility it replaced.
  const appCtx = await openApp(ctx, input.appId, 'no key update');
  authorizeOnApp(appCtx, 'app.visibility');
  const { app } = appCtx;
  if (app.visibility === input.visibility) return { id: app.id, visibility: input.visibility, changed: false };
  await updateAppVisibility(ctx.tx, ctx.orgId, app.id, input.visibility);
  ctx.audit({
    action: 'app.visibility_changed',
    targetType: 'app',
    targetId: app.slug,
    data: { before: { visibility: app.visibility }, after: { visibility: input.visibility } },
  });
  return { id: app.id, visibility: input.visibility, changed: true };
}
