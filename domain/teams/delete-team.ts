import 'server-only';
import { listTeamMemberIds } from '@/db/queries/team-grants';
import { deleteTeamRow } from '@/db/queries/teams';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { notifyTeamMembers, refuseIfManaged, requireTeam } from './team';

/**
 * Deletes a team with its grants (its team_members and team_apps rows); the organization's members and
 * apps remain. Its members lose what the team granted, so each is told, as removing them one by one would.
 */
export async function deleteTeam(ctx: OrgCommandContext, input: { teamId: string }): Promise<{ id: string }> {
  authorize(ctx, 'teams.manage');
  const team = await requireTeam(ctx, input.teamId);
  refuseIfManaged(ctx, team, 'delete');
  const memberIds = await listTeamMemberIds(ctx.tx, ctx.orgId, team.id);
  await notifyTeamMembers(ctx, memberIds, 'team_removed', team);
  await deleteTeamRow(ctx.tx, ctx.orgId, team.id);
  ctx.audit({ action: 'team.deleted', targetType: 'team', targetId: team.id, data: { name: team.name } });
  return { id: team.id };
}
