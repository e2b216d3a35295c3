import 'server-only';
import { deleteTeamApp } from '@/db/queries/team-grants';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { APP_NOT_GRANTED_MESSAGE } from './change-team-app-level';
import { requireTeam } from './team';

/** Takes an app away from a team: its members keep whatever their role or other teams give them. */
export async function revokeTeamApp(ctx: OrgCommandContext, input: { teamId: string; appId: string }): Promise<{ removed: boolean }> {
  authorize(ctx, 'teams.manage');
  const team = await requireTeam(ctx, input.teamId);
  if (!(await deleteTeamApp(ctx.tx, ctx.orgId, team.id, input.appId))) throw new ActionError('NOT_FOUND', APP_NOT_GRANTED_MESSAGE);
  ctx.audit({ action: 'team.app_removed', targetType: 'team', targetId: team.id, data: { appId: input.appId } });
  return { removed: true };
}
