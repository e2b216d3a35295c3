import 'server-only';
import { deleteMembership, lockMembershipForChange } from '@/db/queries/members';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { keepAnAdmin, LAST_ADMIN_MESSAGE } from './last-admin';

/** The actor leaves the organization, unless they are its last Admin. */
export async function leaveOrganization(ctx: OrgCommandContext): Promise<null> {
  authorize(ctx, 'org.leave');
  const me = await lockMembershipForChange(ctx.tx, ctx.orgId, ctx.actor.id);
  if (!me) return null; // already gone: leaving twice leaves once
  await keepAnAdmin(ctx.tx, ctx.orgId, me.role, LAST_ADMIN_MESSAGE);
  await deleteMembership(ctx.tx, ctx.orgId, ctx.actor.id);
  // The organization's Admins see who left and with what role, as they see whom they removed.
  ctx.audit({ action: 'member.left', targetType: 'member', targetId: me.email, data: { userId: ctx.actor.id, role: me.role } });
  return null;
}
