import 'server-only';
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { decodeKeyCursor, encodeKeyCursor } from '@/db/cursor';
import { jsonArray } from '@/db/json';
import { PAGE_SIZE, type Page } from '@/db/paging';
import { likePattern } from '@/db/text';
import {
  appVisibilityOf,
  levelGrants,
  orgVisibilityPermissions,
  ORG_ROLES,
  roleGrantsOnApp,
  TEAM_LEVELS,
  type AppGrant,
  type OrgRole,
} from '@/lib/permissions';

/** The granting teams named on a row; the rest are counted ("and N more"). */
export const ACCESS_TEAMS_SHOWN = 5;

/** Who opens the app, straight from lib/permissions: roles that grant 'app.view' on every app, team levels that grant it. */
const VIEW_ROLES = ORG_ROLES.filter((role) => roleGrantsOnApp(role, 'app.view'));
const VIEW_LEVELS = TEAM_LEVELS.filter((level) => levelGrants(level, 'app.view'));
/** Whether an app of 'org' visibility lets every member open it. */
const ORG_VISIBILITY_OPENS = orgVisibilityPermissions().includes('app.view');

export type AppAccessRow = {
  userId: string;
  name: string | null;
  email: string;
  /** What lets them in (role, teams, visibility); `grant.teams` holds the first ACCESS_TEAMS_SHOWN by Team ID. */
  grant: AppGrant & { role: OrgRole };
  /** How many of their teams grant the app (may exceed grant.teams.length). */
  teamCount: number;
};

export type AppAccessPage = Page<AppAccessRow> & {
  /** Everyone who can open the app now. */
  total: number;
  /** Who can open it through a role or a team (what 'private' leaves). */
  byRoleOrTeam: number;
  /** Every member of the organization (what 'org' lets in). */
  members: number;
};

const inList = (values: readonly string[]) =>
  values.length
    ? sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )
    : sql`null`;

/**
 * Every member who can open the app and why, one page in name order (keyset on the sort key and user id,
 * like the members list and its index), searched on name or email (the trigram indexes of the members
 * search), with the totals the settings page states: all in one statement whatever the number of rows —
 * each row's granting teams come as one json column, at most ACCESS_TEAMS_SHOWN of them, and the totals
 * are the single row the page is left-joined to, so they come back even when the page is empty.
 */
export async function listAppAccess(
  executor: Executor,
  orgId: string,
  app: { id: string; visibility: string },
  options: { q?: string; after?: string } = {},
): Promise<AppAccessPage> {
  const m = schema.memberships;
  const u = schema.users;
  const visibility = appVisibilityOf(app.visibility);
  const everyone = visibility === 'org' && ORG_VISIBILITY_OPENS;
  // A scalar subquery with LIMIT 1, not EXISTS: PostgreSQL would turn an EXISTS into a hashed set of every
  // granted member (thousands) before reading the page's few rows; this probes only the rows walked.
  const grantsApp = sql`coalesce((select true from ${schema.teamMembers} tm
    join ${schema.teamApps} ta on ta.org_id = tm.org_id and ta.team_id = tm.team_id
    where tm.org_id = memberships.org_id and tm.user_id = memberships.user_id
      and ta.app_id = ${app.id} and ta.permission in (${inList(VIEW_LEVELS)}) limit 1), false)`;
  const conditions: SQL[] = [eq(m.orgId, orgId)];
  if (!everyone) conditions.push(sql`(${m.role} in (${inList(VIEW_ROLES)}) or ${grantsApp})`);
  const cursor = decodeKeyCursor(options.after);
  if (cursor) conditions.push(sql`(${m.sortKey}, ${m.userId}) > (${cursor[0]}, ${cursor[1]})`);
  if (options.q?.trim()) {
    const pattern = likePattern(options.q);
    conditions.push(or(ilike(u.email, pattern), ilike(sql`coalesce(${u.name}, '')`, pattern))!);
  }
  const granting = sql`from ${schema.teamMembers} tm
    join ${schema.teamApps} ta on ta.org_id = tm.org_id and ta.team_id = tm.team_id and ta.app_id = ${app.id}
      and ta.permission in (${inList(VIEW_LEVELS)})
    join ${schema.teams} t on t.org_id = tm.org_id and t.id = tm.team_id
    where tm.org_id = memberships.org_id and tm.user_id = memberships.user_id`;
  const page = executor
    .select({
      userId: m.userId,
      name: u.name,
      email: u.email,
      role: m.role,
      ts: m.sortKey,
      teams: sql<
        TeamJson[] | string | null
      >`(select json_agg(json_build_object('teamId', g.id, 'teamName', g.name, 'level', g.permission) order by g.id)
        from (select t.id, t.name, ta.permission ${granting} order by t.id limit ${ACCESS_TEAMS_SHOWN}) g)`.as('teams'),
      teamCount: sql<number>`(select count(*)::int ${granting})`.as('team_count'),
    })
    .from(m)
    .innerJoin(u, eq(u.id, m.userId))
    .where(and(...conditions))
    .orderBy(asc(m.sortKey), asc(m.userId))
    .limit(PAGE_SIZE + 1)
    .as('page');
  // Counted without the page's search: how many people the app reaches, by role or team, and in all. Never
  // a probe per member (25,000 of them): the union of those a role lets in (memberships_org_role_sort_idx)
  // and those a granting team lets in (from the app's grants; team members are all members), and the
  // members from org_counts.
  const totals = executor
    .select({
      members: sql<number>`coalesce((select members from ${schema.orgCounts} where org_id = ${orgId}), 0)`.as('members'),
      byRoleOrTeam: sql<number>`(select count(*)::int from (
          select user_id from ${m} where org_id = ${orgId} and role in (${inList(VIEW_ROLES)})
          union
          select tm.user_id from ${schema.teamApps} ta
            join ${schema.teamMembers} tm on tm.org_id = ta.org_id and tm.team_id = ta.team_id
            where ta.org_id = ${orgId} and ta.app_id = ${app.id} and ta.permission in (${inList(VIEW_LEVELS)})
        ) reach)`.as('by_role_or_team'),
    })
    .from(sql`(select 1) as one`)
    .as('totals');
  const rows = await executor
    .select({
      members: totals.members,
      byRoleOrTeam: totals.byRoleOrTeam,
      userId: page.userId,
      name: page.name,
      email: page.email,
      role: page.role,
      ts: page.ts,
      teams: page.teams,
      teamCount: page.teamCount,
    })
    .from(totals)
    .leftJoin(page, sql`true`)
    .orderBy(asc(page.ts), asc(page.userId));
  const found: Array<AppAccessRow & { ts: string }> = [];
  for (const r of rows) {
    if (r.userId === null || r.email === null || r.role === null || r.ts === null) continue;
    found.push({
      userId: r.userId,
      name: r.name,
      email: r.email,
      ts: r.ts,
      grant: { role: r.role, teams: jsonArray(r.teams), visibility },
      teamCount: Number(r.teamCount ?? 0),
    });
  }
  const shown = found.slice(0, PAGE_SIZE);
  const last = shown.at(-1);
  const members = Number(rows[0]?.members ?? 0);
  const byRoleOrTeam = Number(rows[0]?.byRoleOrTeam ?? 0);
  return {
    rows: shown.map(({ ts: _ts, ...row }) => row),
    nextCursor: found.length > PAGE_SIZE && last ? encodeKeyCursor(last.ts, last.userId) : null,
    total: everyone ? members : byRoleOrTeam,
    byRoleOrTeam,
    members,
  };
}

type TeamJson = AppGrant['teams'][number];
