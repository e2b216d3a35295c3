import 'server-only';
import { searchMembersForTeam, type Candidate } from '@/db/queries/team-grants';
import { findTeam } from '@/db/queries/teams';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { TEAM_NOT_FOUND_MESSAGE } from './team';

/** The Add Members dialog's search: members of this organization not yet in the team; outsiders are never found. */
export async function searchTeamMemberCandidates(ctx: OrgCommandContext, input: { teamId: string; q: string }): Promise<Candidate[]> {
  authorize(ctx, 'teams.manage');
  if (!(await findTeam(ctx.tx, ctx.orgId, input.teamId))) throw new ActionError('NOT_FOUND', TEAM_NOT_FOUND_MESSAGE);
  return searchMembersForTeam(ctx.tx, ctx.orgId, input.teamId, input.q);
}
