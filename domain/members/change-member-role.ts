import 'server-only';
import { lockMembershipForChange, setMemberRole } from '@/db/queries/members';
import { insertNotification } from '@/db/queries/notifications';
import { ActionError } from '@/domain/errors';
import { canAssignRole, ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { keepAnAdmin } from './last-admin';
import { NOT_A_MEMBER } from './remove-member';

/**
 * Gives a member another role. Never above the actor's own, never the last Admin's away; the member is
 * told in their notification bar.
 */
export async function changeMemberRole(
  ctx: OrgCommandContext,
  input: { userId: string; role: OrgRole },
): Promise<{ email: string; role: OrgRole }> {
  authorize(ctx, 'members.manage');
  if (!canAssignRole(ctx.role, input.role)) throw new ActionError('FORBIDDEN', 'You cannot give a role above your own.');
  const target = await lockMembershipForChange(ctx.tx, ctx.orgId, input.userId);
  if (!target) throw new ActionError('NOT_FOUND', NOT_A_MEMBER);
  if (target.role === input.role) return { email: target.email, role: input.role };
  await keepAnAdmin(ctx.tx, ctx.orgId, target.role, `${target.email} is the last Admin. Make another member Admin first.`);

  await setMemberRole(ctx.tx, ctx.orgId, input.userId, input.role);
  ctx.audit({
    action: 'member.role_changed',
    targetType: 'member',
    targetId: target.email,
    data: { userId: input.userId, before: target.role, after: input.role },
  });
  await insertNotification(ctx.tx, {
    userId: input.userId,
    orgId: ctx.orgId,
    kind: 'role_changed',
    payload: { orgName: target.orgName, role: input.role, roleLabel: ORG_ROLE_LABELS[input.role] },
  });
  return { email: target.email, role: input.role };
}
