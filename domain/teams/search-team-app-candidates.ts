import 'server-only';
import { searchAppsForTeam, type Candidate } from '@/db/queries/team-grants';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { requireTeam } from './team';

/** The Add Apps dialog's search: apps of this organization not yet granted to the team. */
export async function searchTeamAppCandidates(ctx: OrgCommandContext, input: { teamId: string; q: string }): Promise<Candidate[]> {
  authorize(ctx, 'teams.manage');
  await requireTeam(ctx, input.teamId, { lock: false });
  return searchAppsForTeam(ctx.tx, ctx.orgId, input.teamId, input.q);
}
