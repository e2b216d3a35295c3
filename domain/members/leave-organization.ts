import 'server-only';
import { deleteMembership, lockMembershipForChange } from '@/db/queries/members';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { keepAnAdmin, LAST_ADMIN_MESSAGE } from './last-admin';
import { requirePerson } from '@/domain/actors';

/** The actor leaves the organization, unless they are its last Admin. */
export async function leaveOrganization(ctx: OrgCommandContext): Promise<null> {
  authorize(ctx, 'org.leave');
  const person = requirePerson(ctx.actor);
  const me = await lockMembershipForChange(ctx.tx, ctx.orgId, person.id);
  if (!me) return null; // already gone: leaving twice leaves once
  await keepAnAdmin(ctx.tx, ctx.orgId, me.role, LAST_ADMIN_MESSAGE);
  await deleteMembership(ctx.tx, ctx.orgId, person.id);
  // The organization's Admins see who left and with what role, as they see whom they removed.
  ctx.audit({ action: 'member.left', targetType: 'member', targetId: me.email, data: { userId: person.id, role: me.role } });
  return null;
}
