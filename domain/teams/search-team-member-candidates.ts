import 'server-only';
import { searchMembersForTeam, type Candidate } from '@/db/queries/team-grants';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requireTeam } from './team';

/** The Add Members dialog's search: members of this organization not yet in the team; outsiders are never found. */
export async function searchTeamMemberCandidates(ctx: OrgCommandContext, input: { teamId: string; q: string }): Promise<Candidate[]> {
  authorize(ctx, 'teams.manage');
  await requireTeam(ctx, input.teamId, { lock: false });
  return searchMembersForTeam(ctx.tx, ctx.orgId, input.teamId, input.q);
}
