import 'server-only';
import { lockTeamAppPermission, updateTeamAppPermission } from '@/db/queries/team-grants';
import { ActionError } from '@/domain/errors';
import { TEAM_LEVEL_LABELS, type TeamLevel } from '@/lib/permissions';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requireTeam } from './team';

export const APP_NOT_GRANTED_MESSAGE = 'That app is not granted to this team.';

/** Changes the level at which a team holds one of its apps. */
export async function changeTeamAppLevel(
  ctx: OrgCommandContext,
  input: { teamId: string; appId: string; permission: TeamLevel },
): Promise<{ permission: TeamLevel }> {
  authorize(ctx, 'teams.manage');
  const team = await requireTeam(ctx, input.teamId);
  const before = await lockTeamAppPermission(ctx.tx, ctx.orgId, team.id, input.appId);
  if (!before) throw new ActionError('NOT_FOUND', APP_NOT_GRANTED_MESSAGE);
  await updateTeamAppPermission(ctx.tx, ctx.orgId, team.id, input.appId, input.permission);
  ctx.audit({
    action: 'team.app_permission_changed',
    targetType: 'team',
    targetId: team.id,
    data: { appId: input.appId, before, after: input.permission, afterLabel: TEAM_LEVEL_LABELS[input.permission] },
  });
  return { permission: input.permission };
}
