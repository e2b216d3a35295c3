import 'server-only';
import { updateTeamDefaultPermission } from '@/db/queries/teams';
import type { TeamLevel } from '@/lib/permissions';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requireTeam } from './team';

/**
 * Changes the team's Default permission: the level the apps added to it from now on start at. The apps
 * it already has keep their own permission (changeTeamAppLevel changes those one by one).
 */
export async function changeTeamDefaultPermission(
  ctx: OrgCommandContext,
  input: { teamId: string; defaultPermission: TeamLevel },
): Promise<{ id: string; defaultPermission: TeamLevel }> {
  authorize(ctx, 'teams.manage');
  const team = await requireTeam(ctx, input.teamId);
  if (team.defaultPermission !== input.defaultPermission) {
    await updateTeamDefaultPermission(ctx.tx, ctx.orgId, team.id, input.defaultPermission);
    ctx.audit({
      action: 'team.default_permission_changed',
      targetType: 'team',
      targetId: team.id,
      data: { before: team.defaultPermission, after: input.defaultPermission },
    });
  }
  return { id: team.id, defaultPermission: input.defaultPermission };
}
