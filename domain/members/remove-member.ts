import 'server-only';
import { deleteMembership, lockMembershipForChange } from '@/db/queries/members';
import { insertNotification } from '@/db/queries/notifications';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { keepAnAdmin, LAST_ADMIN_MESSAGE } from './last-admin';

export const NOT_A_MEMBER = 'That person is not a member of this organization.';

/** Removes a member (their teams go with them: foreign keys cascade), never the last Admin. */
export async function removeMember(ctx: OrgCommandContext, input: { userId: string }): Promise<{ email: string }> {
  authorize(ctx, 'members.manage');
  const target = await lockMembershipForChange(ctx.tx, ctx.orgId, input.userId);
  if (!target) throw new ActionError('NOT_FOUND', NOT_A_MEMBER);
  const self = input.userId === ctx.actor.id;
  await keepAnAdmin(ctx.tx, ctx.orgId, target.role, self ? LAST_ADMIN_MESSAGE : `${target.email} is the last Admin and cannot be removed.`);

  await deleteMembership(ctx.tx, ctx.orgId, input.userId);
  ctx.audit({ action: 'member.removed', targetType: 'member', targetId: target.email, data: { userId: input.userId, role: target.role } });
  // Not tied to the organization: it must outlive the membership it reports.
  await insertNotification(ctx.tx, { userId: input.userId, kind: 'member_removed', payload: { orgName: target.orgName } });
  return { email: target.email };
}
