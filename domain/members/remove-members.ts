import 'server-only';
import { lockOrganization } from '@/db/queries/organizations';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { removeMember } from './remove-member';
import { NO_ADMIN_LEFT, selectedMembers, wouldLeaveNoAdmin } from './selection';

/**
 * Removes several members, all or none (one gone, or no Admin left, refuses them all). The actor is never
 * among them: leaving is its own action (Leave), with its own question.
 */
export async function removeMembers(ctx: OrgCommandContext, input: { userIds: string[] }): Promise<{ removed: number }> {
  authorize(ctx, 'members.manage');
  if (ctx.actor.id !== null && input.userIds.includes(ctx.actor.id))
    throw new ActionError('VALIDATION', 'You are in the selection: use Leave to leave the organization.');
  await lockOrganization(ctx.tx, ctx.orgId);
  const members = await selectedMembers(ctx.tx, ctx.orgId, input.userIds);
  if (await wouldLeaveNoAdmin(ctx.tx, ctx.orgId, members)) throw new ActionError('CONFLICT', NO_ADMIN_LEFT);
  for (const member of members) await removeMember(ctx, { userId: member.userId });
  return { removed: members.length };
}
