import 'server-only';
import { searchAppsForTeam, type Candidate } from '@/db/queries/team-grants';
import { findTeam } from '@/db/queries/teams';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { TEAM_NOT_FOUND_MESSAGE } from './team';

/** The Add Apps dialog's search: apps of this organization not yet granted to the team. */
export async function searchTeamAppCandidates(ctx: OrgCommandContext, input: { teamId: string; q: string }): Promise<Candidate[]> {
  authorize(ctx, 'teams.manage');
  if (!(await findTeam(ctx.tx, ctx.orgId, input.teamId))) throw new ActionError('NOT_FOUND', TEAM_NOT_FOUND_MESSAGE);
  return searchAppsForTeam(ctx.tx, ctx.orgId, input.teamId, input.q);
}
