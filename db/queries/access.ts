import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { roleGrantsOnApp, type AppGrant, type OrgRole, type TeamLevel } from '@/lib/permissions';

export type MemberAppAccess = { appId: string; slug: string; name: string; grant: AppGrant };

export const EFFECTIVE_ACCESS_APP_LIMIT = 200;

type GrantedTeam = AppGrant['teams'][number];

const byTeamId = (x: GrantedTeam, y: GrantedTeam) => (x.teamId < y.teamId ? -1 : x.teamId > y.teamId ? 1 : 0);

/** "teamId:name" items → name by team ID (a team ID never holds a colon; a name may). */
function teamNames(items: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of items) {
    const colon = item.indexOf(':');
    names.set(item.slice(0, colon), item.slice(colon + 1));
  }
  return names;
}

/**
 * One app's grants from its aggregated column, "level:teamId" items joined by commas: neither separator
 * can occur inside an item, since team IDs match ^[a-z0-9_-]{2,48}$ and levels are four fixed words (the
 * tables' CHECK constraints). Sorted by team ID here: an ORDER BY inside the aggregate costs PostgreSQL
 * one sort per app, which was a large part of the query's time at 500 teams.
 */
function grantedTeams(grants: string | null, names: ReadonlyMap<string, string>): GrantedTeam[] {
  if (grants === null) return [];
  const items = grants.split(',');
  const teams = new Array<GrantedTeam>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const colon = item.indexOf(':');
    const teamId = item.slice(colon + 1);
    // Every granting team is one of the member's teams: both lists come from the same statement's snapshot.
    teams[i] = { teamId, teamName: names.get(teamId)!, level: item.slice(0, colon) as TeamLevel };
  }
  return teams.sort(byTeamId);
}

/**
 * Every app a member can reach (the first 200 by App ID), each with the member's granting teams, in one
 * query whatever the number of teams. At 500 teams over 200 apps that is 5,000 grants, so the query is
 * shaped to keep per-grant work small:
 * - the grants (the member's teams joined to those teams' apps) are read once and aggregated per app
 *   into one string of "level:teamId", not one JSON value per grant;
 * - team names are not joined per grant: the member's teams, "teamId:name", come once, on the first row;
 * - the apps are sorted and limited while their rows are narrow, and their position is returned so the
 *   wide joined rows are put back in order here rather than sorted again by PostgreSQL.
 */
export async function effectiveAccessForMember(executor: Executor, orgId: string, userId: string, role: OrgRole): Promise<MemberAppAccess[]> {
  const a = schema.apps;
  const tm = schema.teamMembers;
  const ta = schema.teamApps;
  const t = schema.teams;
  const perApp = executor.$with('per_app').as(
    executor
      .select({ appId: ta.appId, grants: sql<string>`string_agg(${ta.permission} || ':' || ${ta.teamId}, ',')`.as('grants') })
      .from(tm)
      .innerJoin(ta, and(eq(ta.orgId, tm.orgId), eq(ta.teamId, tm.teamId)))
      .where(and(eq(tm.orgId, orgId), eq(tm.userId, userId)))
      .groupBy(ta.appId),
  );
  // Every app of the organization when the role grants app.view, otherwise the apps the member's teams grant.
  const shown = executor
    .select({ id: a.id, slug: a.slug, name: a.name, position: sql<number>`(row_number() over (order by ${a.slug}))::int`.as('position') })
    .from(a);
  const visible = (roleGrantsOnApp(role, 'app.view') ? shown : shown.innerJoin(perApp, eq(perApp.appId, a.id)))
    .where(eq(a.orgId, orgId))
    .orderBy(asc(a.slug))
    .limit(EFFECTIVE_ACCESS_APP_LIMIT)
    .as('visible');
  const memberTeams = sql<string[] | null>`case when ${visible.position} = 1 then (
    select array_agg(${t.id} || ':' || ${t.name}) from ${tm} join ${t} on ${t.orgId} = ${tm.orgId} and ${t.id} = ${tm.teamId}
    where ${tm.orgId} = ${orgId} and ${tm.userId} = ${userId}) end`;
  const rows = await executor
    .with(perApp)
    .select({ appId: visible.id, slug: visible.slug, name: visible.name, position: visible.position, grants: perApp.grants, teams: memberTeams })
    .from(visible)
    .leftJoin(perApp, eq(perApp.appId, visible.id));
  rows.sort((x, y) => x.position - y.position);
  const names = teamNames(rows[0]?.teams ?? []);
  return rows.map((row) => ({
    appId: row.appId,
    slug: row.slug,
    name: row.name,
    grant: { role, teams: grantedTeams(row.grants, names) },
  }));
}
