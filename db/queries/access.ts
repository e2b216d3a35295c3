import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { roleGrantsOnApp, TEAM_LEVELS, type AppGrant, type OrgRole } from '@/lib/permissions';

export type MemberAppAccess = { appId: string; slug: string; name: string; grant: AppGrant };

export const EFFECTIVE_ACCESS_APP_LIMIT = 200;

type GrantedTeam = AppGrant['teams'][number];

/** Team levels as small numbers: their place in TEAM_LEVELS, kept in team_apps.level by PostgreSQL. */
const LEVELS = TEAM_LEVELS.length;

/** Scratch space for one app's grant codes, reused by every call: no array per app to collect. */
let scratch = new Int32Array(1024);

/**
 * The member's teams in team ID order, from "teamId:name" items in that order (a team ID never holds a
 * colon; a name may). A grant is coded by the statement as a number, the team's place in that order × 4
 * + the level's: a team's grant of one level is then one object, shared by every app the team grants at
 * that level (at 500 teams over 200 apps, at most 2,000 objects for 5,000 grants).
 */
class MemberTeams {
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly grants: GrantedTeam[] = [];

  constructor(items: readonly string[]) {
    for (const item of items) {
      const colon = item.indexOf(':');
      this.ids.push(item.slice(0, colon));
      this.names.push(item.slice(colon + 1));
    }
  }

  /**
   * One app's granting teams, sorted by team ID, from its aggregated column of grant codes joined by
   * commas. The digits are read in place into reused scratch space (no substring, no array per app) and
   * sorted there as integers: `npm run bench:access` found a string and a map lookup per grant, then the
   * garbage of an array per app, to be most of this function's time; an ORDER BY inside the aggregate
   * would cost PostgreSQL one sort per app.
   */
  granted(column: string | null): GrantedTeam[] {
    if (column === null) return [];
    if (scratch.length < column.length) scratch = new Int32Array(column.length * 2);
    let count = 0;
    let code = 0;
    for (let i = 0; i < column.length; i++) {
      const c = column.charCodeAt(i);
      if (c === 44 /* , */) {
        scratch[count++] = code;
        code = 0;
      } else code = code * 10 + (c - 48);
    }
    scratch[count++] = code;
    const codes = scratch.subarray(0, count).sort();
    const teams = new Array<GrantedTeam>(count);
    for (let i = 0; i < count; i++) teams[i] = this.grant(codes[i]!);
    return teams;
  }

  private grant(code: number): GrantedTeam {
    let team = this.grants[code];
    if (team === undefined) {
      const number = (code / LEVELS) | 0;
      team = this.grants[code] = { teamId: this.ids[number]!, teamName: this.names[number]!, level: TEAM_LEVELS[code % LEVELS]! };
    }
    return team;
  }
}

type AccessRow = {
  app_id: string;
  slug: string;
  name: string;
  org_visible: boolean;
  position: number;
  grants: string | null;
  teams: string[] | null;
};

/**
 * Every app a member can reach (the first 200 by slug: all of them by role, else those their teams grant
 * and those of 'org' visibility), each with its visibility and the member's granting teams, in one
 * query whatever the number of teams. At 500 teams over 200 apps that is 5,000 grants, so the query is
 * shaped to keep per-grant work small:
 * - the member's teams are read once, numbered in team ID order (C collation: the order of JS strings
 *   for IDs of ^[a-z0-9_-]+$), and come back once, on the first row, as "teamId:name" in that order;
 * - the grants (those teams joined to their apps) are aggregated per app into one string of numbers
 *   (team number × 4 + team_apps.level, a generated column), not one JSON value or one string of names per
 *   grant;
 * - the apps are sorted and limited while their rows are narrow, and their position is returned so the
 *   wide joined rows are put back in order here rather than sorted again by PostgreSQL;
 * - it is sent as plain SQL (a named statement, db/prepared.ts) and its rows are read as they come:
 *   drizzle's query builder maps every field of every row through its column objects, which
 *   `npm run bench:access` measured at a tenth of the call.
 */
export async function effectiveAccessForMember(
  executor: Executor,
  orgId: string,
  userId: string,
  role: OrgRole,
): Promise<MemberAppAccess[]> {
  const result = await executor.execute(effectiveAccessStatement(orgId, userId, roleGrantsOnApp(role, 'app.view')));
  // postgres.js answers with the rows themselves, PGlite with an object holding them.
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: AccessRow[] }).rows) as AccessRow[];
  rows.sort((x, y) => x.position - y.position);
  const teams = new MemberTeams(rows[0]?.teams ?? []);
  const access = new Array<MemberAppAccess>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const visibility = row.org_visible ? 'org' : 'private';
    access[i] = { appId: row.app_id, slug: row.slug, name: row.name, grant: { role, teams: teams.granted(row.grants), visibility } };
  }
  return access;
}

/** The statement of effectiveAccessForMember: every app of the org (everyApp), or the granted and 'org' ones. */
function effectiveAccessStatement(orgId: string, userId: string, everyApp: boolean) {
  const granted = everyApp ? sql.raw('') : sql.raw('left join per_app on per_app.app_id = a.id');
  const reached = everyApp ? sql.raw('') : sql.raw("and (per_app.app_id is not null or a.visibility = 'org')");
  return sql`
    with mine as (
      select team_id, (row_number() over (order by team_id collate "C") - 1)::int as number
      from team_members where org_id = ${orgId} and user_id = ${userId}
    ), per_app as (
      select ta.app_id, string_agg((mine.number * ${sql.raw(String(LEVELS))} + ta.level)::text, ',') as grants
      from mine join team_apps ta on ta.org_id = ${orgId} and ta.team_id = mine.team_id
      group by ta.app_id
    )
    select visible.id as app_id, visible.slug, visible.name, visible.org_visible, visible.position, per_app.grants,
      case when visible.position = 1 then (
        select array_agg(t.id || ':' || t.name order by mine.number) from mine join teams t on t.org_id = ${orgId} and t.id = mine.team_id
      ) end as teams
    from (
      select a.id, a.slug, a.name, a.visibility = 'org' as org_visible, (row_number() over (order by a.slug))::int as position
      from apps a ${granted} where a.org_id = ${orgId} ${reached} order by a.slug limit ${sql.raw(String(EFFECTIVE_ACCESS_APP_LIMIT))}
    ) visible
    left join per_app on per_app.app_id = visible.id`;
}
