import 'server-only';
import { lockOrganization } from '@/db/queries/organizations';
import { ActionError } from '@/domain/errors';
import { canAssignRole, type OrgRole } from '@/lib/permissions';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { changeMemberRole } from './change-member-role';
import { NO_ADMIN_LEFT, selectedMembers, wouldLeaveNoAdmin } from './selection';

/**
 * Gives several members one role, all or none: one of them gone, a role above the actor's, or no Admin
 * left refuses the whole change (the transaction rolls back). Each member is changed, audited and told
 * as by changeMemberRole.
 */
export async function changeMemberRoles(
  ctx: OrgCommandContext,
  input: { userIds: string[]; role: OrgRole },
): Promise<{ changed: number; role: OrgRole }> {
  authorize(ctx, 'members.manage');
  if (!canAssignRole(ctx.role, input.role)) throw new ActionError('FORBIDDEN', 'You cannot give a role above your own.');
  await lockOrganization(ctx.tx, ctx.orgId);
  const members = await selectedMembers(ctx.tx, ctx.orgId, input.userIds);
  const changing = members.filter((m) => m.role !== input.role);
  if (await wouldLeaveNoAdmin(ctx.tx, ctx.orgId, changing)) throw new ActionError('CONFLICT', NO_ADMIN_LEFT);
  for (const member of changing) await changeMemberRole(ctx, { userId: member.userId, role: input.role });
  return { changed: changing.length, role: input.role };
}
