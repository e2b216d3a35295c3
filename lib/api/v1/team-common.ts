import 'server-only';
import { z } from 'zod';
import type { Executor } from '@/db';
import { PAGE_SIZE, type Page } from '@/db/paging';
import { findTeamDetail, type TeamDetail } from '@/db/queries/teams';
import { ActionError, fieldError, NOT_FOUND_MESSAGE } from '@/domain/errors';
import { TEAM_NOT_FOUND_MESSAGE } from '@/domain/teams/team';
import { tokenCan, type TokenCaller } from '@/lib/api/authenticate';
import { orgParams, pageQuery, teamLevelField, timestamp } from './common';

export { teamLevelField } from './common';

export const teamSchema = z
  .object({
    id: z.string().meta({ description: 'The Team ID, unique in the organization.' }),
    name: z.string(),
    default_permission: teamLevelField,
    member_count: z.number().int(),
    app_count: z.number().int(),
    created_at: timestamp,
  })
  .meta({ id: 'Team', description: 'A team of the organization.' });

export const teamParams = orgParams.extend({
  teamId: z.string().min(1).max(48).meta({ description: 'The Team ID.' }),
});

/** A list's page and search, as the browser's (its search box takes 100 characters). */
export const teamListQuery = (searched: string) =>
  pageQuery.extend({
    q: z
      .string()
      .max(100)
      .optional()
      .meta({ description: `Part of ${searched}.` }),
  });

export const toTeam = (t: Omit<TeamDetail, 'viewerIsMember'>) => ({
  id: t.id,
  name: t.name,
  default_permission: t.defaultPermission,
  member_count: t.memberCount,
  app_count: t.appCount,
  created_at: t.createdAt.toISOString(),
});

/** As the browser's teams pages: the token's owner sees every team if it may manage teams, else only theirs. */
export const managesTeams = (caller: TokenCaller) => tokenCan(caller, 'teams.manage');

/** The team, if the caller may see it; otherwise the same "not found" as a team that does not exist. */
export async function visibleTeam(db: Executor, caller: TokenCaller, orgId: string, teamId: string): Promise<TeamDetail> {
  const team = await findTeamDetail(db, orgId, teamId, caller.actor.id);
  if (!team || !(managesTeams(caller) || team.viewerIsMember)) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
  return team;
}

/**
 * A page of `limit` rows (default PAGE_SIZE, at most 100) from a list the browser reads in pages of
 * PAGE_SIZE: its pages are read until there are enough (two at most), then cut. Each list's cursor is
 * the key of the last row shown, so a cut page's cursor is its last row's key.
 */
export async function pageUpTo<T>(
  limit: number | undefined,
  after: string | undefined,
  read: (after: string | undefined) => Promise<Page<T>>,
  key: (row: T) => string,
): Promise<Page<T>> {
  const wanted = limit ?? PAGE_SIZE;
  const rows: T[] = [];
  let cursor: string | null | undefined = after;
  do {
    const page = await read(cursor ?? undefined);
    rows.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor && rows.length < wanted);
  if (rows.length > wanted) return { rows: rows.slice(0, wanted), nextCursor: key(rows[wanted - 1]!) };
  return { rows, nextCursor: cursor ?? null };
}

/**
 * The commands refuse ids that are not the organization's (users, apps) as "not found", like a missing
 * team. In a request body they are a field's error: the field is named, the team's own 404 stays.
 */
export async function outsidersAsFieldError<T>(field: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ActionError && error.code === 'NOT_FOUND' && error.message !== TEAM_NOT_FOUND_MESSAGE) {
      throw fieldError(field, error.message);
    }
    throw error;
  }
}
