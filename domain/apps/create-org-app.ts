import 'server-only';
import { findOrgAppBySlug, insertOrgApp } from '@/db/queries/apps';
import { fieldError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/**
 * App IDs are unique per organization: checked first for a message beside the field; two creators racing
 * past the check are stopped by the unique index (apps_org_slug_uidx), which answers the same message.
 */
export async function createOrgApp(ctx: OrgCommandContext, input: { slug: string; name: string }): Promise<{ id: string; slug: string }> {
  authorize(ctx, 'apps.create');
  if (await findOrgAppBySlug(ctx.tx, ctx.orgId, input.slug)) {
    throw fieldError('slug', 'This App ID is taken in this organization. Choose another.');
  }
  const app = await insertOrgApp(ctx.tx, ctx.orgId, input);
  ctx.audit({ action: 'app.created', targetType: 'app', targetId: input.slug, data: { appId: app.id, name: input.name } });
  return app;
}
