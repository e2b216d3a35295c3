import 'server-only';
import { deleteTeamMember } from '@/db/queries/team-grants';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { notifyTeamMembers, refuseIfManaged, requireTeam } from './team';

/** Takes a person out of a team (they stay in the organization); they are told in their notification bar. */
export async function removeTeamMember(ctx: OrgCommandContext, input: { teamId: string; userId: string }): Promise<{ removed: boolean }> {
  authorize(ctx, 'teams.manage');
  const team = await requireTeam(ctx, input.teamId);
  refuseIfManaged(ctx, team, 'members');
  if (!(await deleteTeamMember(ctx.tx, ctx.orgId, team.id, input.userId))) {
    throw new ActionError('NOT_FOUND', 'That person is not in this team.');
  }
  await notifyTeamMembers(ctx, [input.userId], 'team_removed', team);
  ctx.audit({ action: 'team.member_removed', targetType: 'team', targetId: team.id, data: { userId: input.userId } });
  return { removed: true };
}
