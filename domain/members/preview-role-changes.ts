import 'server-only';
import { memberAppGroups } from '@/db/queries/member-app-groups';
import { ActionError } from '@/domain/errors';
import { canAssignRole, roleChangeEffect, type OrgRole, type RoleChangeEffect } from '@/lib/permissions';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { NO_ADMIN_LEFT, selectedMembers, wouldLeaveNoAdmin } from './selection';

/** Members whose access changes alike, and how. */
export type RoleChangeGroup = RoleChangeEffect & { emails: string[] };

export type BulkRoleChangePreview = {
  to: OrgRole;
  groups: RoleChangeGroup[];
  /** Members who already have the role: nothing changes for them. */
  unchanged: string[];
  refusal: string | null;
};

/**
 * What giving several members one role would do, changing nothing: each member's gains and losses worked
 * out as for one (previewRoleChange), members whose access changes alike shown together.
 */
export async function previewRoleChanges(
  ctx: OrgCommandContext,
  input: { userIds: string[]; role: OrgRole },
): Promise<BulkRoleChangePreview> {
  authorize(ctx, 'members.manage');
  if (!canAssignRole(ctx.role, input.role)) throw new ActionError('FORBIDDEN', 'You cannot give a role above your own.');
  const members = await selectedMembers(ctx.tx, ctx.orgId, input.userIds);
  const changing = members.filter((m) => m.role !== input.role);
  const groups = new Map<string, RoleChangeGroup>();
  for (const member of changing) {
    const { groups: apps, total } = await memberAppGroups(ctx.tx, ctx.orgId, member.userId);
    const effect = roleChangeEffect(member.role, input.role, apps, total);
    const key = JSON.stringify(effect);
    const group = groups.get(key);
    if (group) group.emails.push(member.email);
    else groups.set(key, { ...effect, emails: [member.email] });
  }
  return {
    to: input.role,
    groups: [...groups.values()],
    unchanged: members.filter((m) => m.role === input.role).map((m) => m.email),
    refusal: (await wouldLeaveNoAdmin(ctx.tx, ctx.orgId, changing)) ? NO_ADMIN_LEFT : null,
  };
}
