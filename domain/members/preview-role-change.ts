import 'server-only';
import { findMember } from '@/db/queries/members';
import { memberAppGroups } from '@/db/queries/member-app-groups';
import { countAdmins } from '@/db/queries/organizations';
import { ActionError } from '@/domain/errors';
import { canAssignRole, OWNER_ROLE, roleChangeEffect, type OrgRole, type RoleChangeEffect } from '@/lib/permissions';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { NOT_A_MEMBER } from './remove-member';

export type RoleChangePreview = RoleChangeEffect & {
  email: string;
  from: OrgRole;
  to: OrgRole;
  /** Why the change would be refused, said before Confirm rather than after. */
  refusal: string | null;
};

/**
 * What changing a member's role would do to their access, read now and changing nothing: the same
 * checks as changeMemberRole decide whether it would be refused, and the same permission functions
 * as effective access work out what is gained and lost.
 */
export async function previewRoleChange(ctx: OrgCommandContext, input: { userId: string; role: OrgRole }): Promise<RoleChangePreview> {
  authorize(ctx, 'members.manage');
  if (!canAssignRole(ctx.role, input.role)) throw new ActionError('FORBIDDEN', 'You cannot give a role above your own.');
  const member = await findMember(ctx.tx, ctx.orgId, input.userId);
  if (!member) throw new ActionError('NOT_FOUND', NOT_A_MEMBER);
  const { groups, total } = await memberAppGroups(ctx.tx, ctx.orgId, input.userId);
  const lastAdmin = member.role === OWNER_ROLE && input.role !== OWNER_ROLE && (await countAdmins(ctx.tx, ctx.orgId)) <= 1;
  return {
    ...roleChangeEffect(member.role, input.role, groups, total),
    email: member.email,
    from: member.role,
    to: input.role,
    refusal: lastAdmin ? `${member.email} is the last Admin. Make another member Admin first.` : null,
  };
}
