import 'server-only';
import { insertTeamApps, lockOrgAppIds } from '@/db/queries/team-grants';
import { ActionError } from '@/domain/errors';
import type { TeamLevel } from '@/lib/permissions';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requireTeam } from './team';

/**
 * Grants apps of the organization to a team at one level; any other id refuses the whole request. Apps
 * the team already has keep their level.
 */
export async function grantTeamApps(
  ctx: OrgCommandContext,
  input: { teamId: string; appIds: string[]; permission: TeamLevel },
): Promise<{ added: number }> {
  authorize(ctx, 'teams.manage');
  const team = await requireTeam(ctx, input.teamId);
  const appIds = await lockOrgAppIds(ctx.tx, ctx.orgId, input.appIds);
  if (appIds.length !== new Set(input.appIds).size) {
    throw new ActionError('NOT_FOUND', 'Only apps of this organization can be added to its teams.');
  }
  const added = await insertTeamApps(ctx.tx, ctx.orgId, team.id, appIds, input.permission);
  for (const appId of added) {
    ctx.audit({ action: 'team.app_added', targetType: 'team', targetId: team.id, data: { appId, permission: input.permission } });
  }
  return { added: added.length };
}
