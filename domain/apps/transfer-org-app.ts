import 'server-only';
import { moveOrgApp } from '@/db/queries/app-transfer';
import { findOrgAppBySlug } from '@/db/queries/apps';
import { insertAuditEvents } from '@/db/queries/audit';
import { lockMemberRole } from '@/db/queries/members';
import { lockOrganization } from '@/db/queries/organizations';
import { isPerson } from '@/domain/actors';
import { ActionError, fieldError } from '@/domain/errors';
import { can } from '@/lib/permissions';
import { authorizeOnApp } from '../authorize';
import type { OrgCommandContext } from '../context';
import { appIdUsedThere, movedUnlessAppIdTaken } from './app-id-clash';
import { openApp } from './open-app';

/**
 * Moves one of this organization's apps to another organization where the actor may create apps, with
 * its models, datasets, inputs, concepts, workflows and labeling tasks; this organization's team access
 * and deployments, and the assignments of people who are not members there, stay behind (removed), as do
 * past costs (db/queries/app-transfer.ts). Audited in both organizations.
 */
const KEY_CANNOT_TRANSFER = 'Only a person can move apps: an organization API key belongs to this organization only.';

export async function transferOrgApp(
  ctx: OrgCommandContext,
  input: { appId: string; toOrgId: string; newName?: string; newSlug?: string },
): Promise<{ orgId: string; slug: string }> {
  // Locked for update: writes inside the app, grants, renames and a second transfer wait, then find it gone.
  const appCtx = await openApp(ctx, input.appId, 'update');
  // The app leaves this organization, as if deleted from it: only those who may delete it may move it.
  authorizeOnApp(appCtx, 'app.delete');
  const { app } = appCtx;
  if (input.toOrgId === ctx.orgId) throw fieldError('toOrgId', 'The app already belongs to this organization. Choose another.');

  // As for a personal app: lock the destination, then read the role there (locked), so a demotion committed meanwhile is seen.
  await lockOrganization(ctx.tx, input.toOrgId);
  if (!isPerson(ctx.actor)) throw new ActionError('FORBIDDEN', KEY_CANNOT_TRANSFER);
  const role = await lockMemberRole(ctx.tx, input.toOrgId, ctx.actor.id);
  if (!can(role, 'apps.create')) throw fieldError('toOrgId', 'You cannot create apps in that organization.');

  const slug = input.newSlug || app.slug;
  const name = input.newName || app.name;
  if (await findOrgAppBySlug(ctx.tx, input.toOrgId, slug)) throw appIdUsedThere(slug);
  const leftBehind = await movedUnlessAppIdTaken(slug, moveOrgApp(ctx.tx, app.id, ctx.orgId, { orgId: input.toOrgId, slug, name }));

  const change = {
    appId: app.id,
    before: { orgId: ctx.orgId, slug: app.slug, name: app.name },
    after: { orgId: input.toOrgId, slug, name },
  };
  ctx.audit({ action: 'app.transferred_out', targetType: 'app', targetId: app.slug, data: { ...change, removed: leftBehind } });
  await insertAuditEvents(ctx.tx, input.toOrgId, ctx.actor, [
    { action: 'app.transferred_in', targetType: 'app', targetId: slug, data: change },
  ]);
  return { orgId: input.toOrgId, slug };
}
