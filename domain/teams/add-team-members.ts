import 'server-only';
import { insertTeamMembers, lockOrgMemberIds } from '@/db/queries/team-grants';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { notifyTeamMembers, refuseIfManaged, requireTeam } from './team';

/**
 * Adds members of the organization to a team; anyone else in the list refuses the whole request (the
 * composite foreign key to memberships refuses them too). Those already in the team are skipped; each
 * one added is told and audited.
 */
export async function addTeamMembers(ctx: OrgCommandContext, input: { teamId: string; userIds: string[] }): Promise<{ added: number }> {
  authorize(ctx, 'teams.manage');
  const team = await requireTeam(ctx, input.teamId);
  refuseIfManaged(ctx, team, 'members');
  const memberIds = await lockOrgMemberIds(ctx.tx, ctx.orgId, input.userIds);
  if (memberIds.length !== new Set(input.userIds).size) {
    throw new ActionError('NOT_FOUND', 'Only members of this organization can be added to its teams.');
  }
  const added = await insertTeamMembers(ctx.tx, ctx.orgId, team.id, memberIds);
  await notifyTeamMembers(ctx, added, 'team_added', team);
  for (const userId of added) ctx.audit({ action: 'team.member_added', targetType: 'team', targetId: team.id, data: { userId } });
  return { added: added.length };
}
