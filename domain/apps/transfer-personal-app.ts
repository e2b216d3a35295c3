import 'server-only';
import { lockPersonalApp, moveAppIntoOrg } from '@/db/queries/app-transfer';
import { lockMemberRole } from '@/db/queries/members';
import { findOrgAppBySlug } from '@/db/queries/apps';
import { insertAuditEvents } from '@/db/queries/audit';
import { lockOrganization } from '@/db/queries/organizations';
import { ActionError, fieldError } from '@/domain/errors';
import { can } from '@/lib/permissions';
import type { ActorCommandContext } from '../context';
import { appIdUsedThere, movedUnlessAppIdTaken } from './app-id-clash';

/**
 * Moves the actor's personal app into an organization where their role may create apps, read from the
 * database in this transaction; an App ID already used there is refused beside the field (choose a new
 * one). Audited in the destination organization.
 */
export async function transferPersonalApp(
  ctx: ActorCommandContext,
  input: { appId: string; orgId: string; newName?: string; newSlug?: string },
): Promise<{ orgId: string; slug: string }> {
  const app = await lockPersonalApp(ctx.tx, ctx.actor.id, input.appId);
  if (!app) throw new ActionError('NOT_FOUND', 'That app does not exist, or it is not yours.');

  // Lock first, then read the role (locked too): a demotion committed meanwhile is seen, not overtaken.
  await lockOrganization(ctx.tx, input.orgId);
  const role = await lockMemberRole(ctx.tx, input.orgId, ctx.actor.id);
  if (!can(role, 'apps.create')) throw fieldError('orgId', 'You cannot create apps in that organization.');

  const slug = input.newSlug || app.slug;
  // Beside `New App ID`, which the dialog reveals for it (components/apps/transfer-app-dialog.tsx).
  if (await findOrgAppBySlug(ctx.tx, input.orgId, slug)) throw appIdUsedThere(slug);
  const name = input.newName || app.name;
  await movedUnlessAppIdTaken(slug, moveAppIntoOrg(ctx.tx, ctx.actor.id, app.id, { orgId: input.orgId, slug, name }));
  await insertAuditEvents(ctx.tx, input.orgId, { id: ctx.actor.id, kind: ctx.actor.kind }, [
    {
      action: 'app.transferred_in',
      targetType: 'app',
      targetId: slug,
      data: { appId: app.id, before: { slug: app.slug, name: app.name }, after: { slug, name } },
    },
  ]);
  return { orgId: input.orgId, slug };
}
