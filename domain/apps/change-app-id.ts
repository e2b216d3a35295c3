import 'server-only';
import { findOrgAppBySlug, updateAppSlug } from '@/db/queries/apps';
import { fieldError } from '@/domain/errors';
import { authorizeOnApp } from '../authorize';
import type { OrgCommandContext } from '../context';
import { openApp } from './open-app';

export const APP_ID_TAKEN_MESSAGE = 'This App ID is taken in this organization. Choose another.';

/**
 * Renames the App ID (‡, Admin and Organization Contributor). URLs are built from it on every request,
 * so the old ones answer 404 at once and every link follows. A taken ID is refused beside `slug`; two
 * renames racing to the same ID are stopped by apps_org_slug_uidx, which domain/db-errors.ts answers
 * with the same message beside the same field.
 */
export async function changeAppId(ctx: OrgCommandContext, input: { appId: string; slug: string }): Promise<{ slug: string }> {
  // Locked for update: a rename and a transfer or delete of the same app run one after the other.
  const appCtx = await openApp(ctx, input.appId, 'update');
  authorizeOnApp(appCtx, 'app.edit_id');
  const { app } = appCtx;
  if (input.slug === app.slug) return { slug: app.slug };
  if (await findOrgAppBySlug(ctx.tx, ctx.orgId, input.slug)) throw fieldError('slug', APP_ID_TAKEN_MESSAGE);
  await updateAppSlug(ctx.tx, ctx.orgId, app.id, input.slug);
  ctx.audit({
    action: 'app.id_changed',
    targetType: 'app',
    targetId: input.slug,
    data: { appId: app.id, before: { slug: app.slug }, after: { slug: input.slug } },
  });
  return { slug: input.slug };
}
