import 'server-only';
import { updateTeamName } from '@/db/queries/teams';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { refuseIfManaged, requireTeam } from './team';

/** Renames a team of the organization; a team of another organization is not found. */
export async function renameTeam(ctx: OrgCommandContext, input: { teamId: string; name: string }): Promise<{ id: string; name: string }> {
  authorize(ctx, 'teams.manage');
  const team = await requireTeam(ctx, input.teamId);
  refuseIfManaged(ctx, team, 'rename');
  await updateTeamName(ctx.tx, ctx.orgId, team.id, input.name);
  ctx.audit({ action: 'team.renamed', targetType: 'team', targetId: team.id, data: { before: team.name, after: input.name } });
  return { id: team.id, name: input.name };
}
