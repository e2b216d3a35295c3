import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { roleGrantsOnApp, TEAM_LEVELS, type AppGrant, type OrgRole } from '@/lib/permissions';
import { statementOnce } from '@/db/statement-cache';

export type MemberAppAccess = { appId: string; slug: string; name: string; grant: AppGrant };

export const EFFECTIVE_ACCESS_APP_LIMIT = 200;

type GrantedTeam = AppGrant['teams'][number];

/** Team levels as small numbers (their place in TEAM_LEVELS), in SQL as in JS. */
const LEVELS = TEAM_LEVELS.length;
const LEVEL_ARRAY = sql.raw(`array[${TEAM_LEVELS.map((level) => `'${level}'`).join(', ')}]::text[]`);

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
   * commas. The digits are read in place (no substring per grant) and the codes sorted as a typed array:
   * `npm run bench:access` found a string and a map lookup per grant to be most of this function's time,
   * and an ORDER BY inside the aggregate would cost PostgreSQL one sort per app.
   */
  granted(column: string | null): GrantedTeam[] {
    if (column === null) return [];
    const codes: number[] = [];
    let code = 0;
    for (let i = 0; i < column.length; i++) {
      const c = column.charCodeAt(i);
      if (c === 44 /* , */) {
        codes.push(code);
        code = 0;
      } else code = code * 10 + (c - 48);
    }
    codes.push(code);
    const sorted = Int32Array.from(codes).sort();
    return Array.from(sorted, (grant) => (this.grants[grant] ??= {
      teamId: this.ids[Math.floor(grant / LEVELS)]!,
      teamName: this.names[Math.floor(grant / LEVELS)]!,
      level: TEAM_LEVELS[grant % LEVELS]!,
    }));
  }
}

/**
 * Every app a member can reach (the first 200 by slug), each with the member's granting teams, in one
 * query whatever the number of teams. At 500 teams over 200 apps that is 5,000 grants, so the query is
 * shaped to keep per-grant work small:
 * - the member's teams are read once, numbered in team ID order (C collation: the order of JS strings
 *   for IDs of ^[a-z0-9_-]+$), and come back once, on the first row, as "teamId:name" in that order;
 * - the grants (those teams joined to their apps) are aggregated per app into one string of numbers
 *   (team number × 4 + level), not one JSON value or one string of names per grant;
 * - the apps are sorted and limited while their rows are narrow, and their position is returned so the
 *   wide joined rows are put back in order here rather than sorted again by PostgreSQL;
 * - the statement is built once (db/statement-cache.ts): building it took half a millisecond a call.
 */
export async function effectiveAccessForMember(executor: Executor, orgId: string, userId: string, role: OrgRole): Promise<MemberAppAccess[]> {
  const everyApp = roleGrantsOnApp(role, 'app.view');
  const statement = statementOnce(executor, `effective-access:${everyApp}`, () =>
    effectiveAccessQuery(executor, everyApp).prepare(`effective_access_${everyApp ? 'every' : 'granted'}`),
  );
  const rows = await statement.execute({ orgId, userId });
  rows.sort((x, y) => x.position - y.position);
  const teams = new MemberTeams(rows[0]?.teams ?? []);
  return rows.map((row) => ({
    appId: row.appId,
    slug: row.slug,
    name: row.name,
    grant: { role, teams: teams.granted(row.grants) },
  }));
}

/** The statement of effectiveAccessForMember, values as placeholders: every app of the org, or the granted ones. */
function effectiveAccessQuery(executor: Executor, everyApp: boolean) {
  const a = schema.apps;
  const tm = schema.teamMembers;
  const ta = schema.teamApps;
  const t = schema.teams;
  const orgId = sql.placeholder('orgId');
  const userId = sql.placeholder('userId');
  const mine = executor.$with('mine').as(
    executor
      .select({ teamId: tm.teamId, number: sql<number>`(row_number() over (order by ${tm.teamId} collate "C") - 1)::int`.as('number') })
      .from(tm)
      .where(and(eq(tm.orgId, orgId), eq(tm.userId, userId))),
  );
  const perApp = executor.$with('per_app').as(
    executor
      .select({
        appId: ta.appId,
        grants: sql<string>`string_agg((${mine.number} * ${LEVELS} + array_position(${LEVEL_ARRAY}, ${ta.permission}) - 1)::text, ',')`.as('grants'),
      })
      .from(mine)
      .innerJoin(ta, and(eq(ta.orgId, orgId), eq(ta.teamId, mine.teamId)))
      .groupBy(ta.appId),
  );
  const shown = executor
    .select({ id: a.id, slug: a.slug, name: a.name, position: sql<number>`(row_number() over (order by ${a.slug}))::int`.as('position') })
    .from(a);
  const visible = (everyApp ? shown : shown.innerJoin(perApp, eq(perApp.appId, a.id)))
    .where(eq(a.orgId, orgId))
    .orderBy(asc(a.slug))
    .limit(EFFECTIVE_ACCESS_APP_LIMIT)
    .as('visible');
  const memberTeams = sql<string[] | null>`case when ${visible.position} = 1 then (
    select array_agg(${t.id} || ':' || ${t.name} order by ${mine.number}) from ${mine} join ${t} on ${t.orgId} = ${orgId} and ${t.id} = ${mine.teamId}) end`;
  return executor
    .with(mine, perApp)
    .select({ appId: visible.id, slug: visible.slug, name: visible.name, position: visible.position, grants: perApp.grants, teams: memberTeams })
    .from(visible)
    .leftJoin(perApp, eq(perApp.appId, visible.id));
}
