import 'server-only';
import { lockTeam, type TeamDto } from '@/db/queries/teams';
import { ActionError } from '@/domain/errors';
import type { OrgCommandContext } from '../context';

export const TEAM_NOT_FOUND_MESSAGE = 'That team does not exist in this organization.';

/**
 * The organization's team, locked for the rest of the transaction: changes to one team (its name, its
 * members, its apps, deleting it) queue on it. A team of another organization is not found.
 */
export async function requireTeam(ctx: Pick<OrgCommandContext, 'tx' | 'orgId'>, teamId: string): Promise<TeamDto> {
  const team = await lockTeam(ctx.tx, ctx.orgId, teamId);
  if (!team) throw new ActionError('NOT_FOUND', TEAM_NOT_FOUND_MESSAGE);
  return team;
}
