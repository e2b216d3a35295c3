import 'server-only';
import { searchTeamsWithoutApp, type TeamCandidate } from '@/db/queries/apps';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';

/** The Add Team dialog's search: only for an actor who could then add the team (as setAppTeamAccess checks). */
export async function searchAppTeamCandidates(ctx: AppCommandContext, input: { q: string }): Promise<TeamCandidate[]> {
  authorizeOnApp(ctx, 'app.collaborators.edit');
  return searchTeamsWithoutApp(ctx.tx, ctx.orgId, ctx.app.id, input.q);
}
