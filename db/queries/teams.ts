import 'server-only';
import { and, asc, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { TeamLevel } from '@/lib/permissions';
import { decodeTextCursor } from '@/db/cursor';
import { PAGE_SIZE, type Page } from '@/db/paging';
import { likePattern } from '@/db/text';

const t = schema.teams;

export type TeamListRow = {
  id: string;
  name: string;
  defaultPermission: TeamLevel;
  memberCount: number;
  appCount: number;
  createdAt: Date;
  managedByIdp: boolean;
};
/** `managedByIdp`: a SCIM group manages the team, so its members, name and existence are the identity provider's. */
export type TeamDto = { id: string; name: string; defaultPermission: TeamLevel; createdAt: Date; managedByIdp: boolean };

const managedByIdp = sql<boolean>`exists (select 1 from ${schema.scimGroups} sg where sg.org_id = teams.org_id and sg.team_id = teams.id)`;
const teamColumns = { id: t.id, name: t.name, defaultPermission: t.defaultPermission, createdAt: t.createdAt, managedByIdp };

/** A team's columns on the list, with its member and app counts. */
function teamListColumns() {
  return {
    id: t.id,
    name: t.name,
    defaultPermission: t.defaultPermission,
    createdAt: t.createdAt,
    managedByIdp,
    // Outer columns are written out qualified: drizzle leaves them bare in a single-table select.
    memberCount: sql<number>`(select count(*)::int from ${schema.teamMembers} tm where tm.org_id = teams.org_id and tm.team_id = teams.id)`,
    appCount: sql<number>`(select count(*)::int from ${schema.teamApps} ta where ta.org_id = teams.org_id and ta.team_id = teams.id)`,
  };
}

/**
 * One page of teams ordered by Team ID, with member and app counts, in one query. `onlyMemberId`
 * limits the list to the teams that person belongs to (members who may not manage teams); null, for an
 * actor that is no person (an organization's API key), limits it to none.
 */
export async function listTeams(
  executor: Executor,
  orgId: string,
  options: { q?: string; after?: string; onlyMemberId?: string | null },
): Promise<Page<TeamListRow>> {
  const conditions: SQL[] = [eq(t.orgId, orgId)];
  const after = decodeTextCursor(options.after, 48);
  if (after) conditions.push(gt(t.id, after));
  if (options.q?.trim()) {
    const pattern = likePattern(options.q);
    conditions.push(or(ilike(t.id, pattern), ilike(t.name, pattern))!);
  }
  if (options.onlyMemberId !== undefined) {
    conditions.push(
      sql`exists (select 1 from ${schema.teamMembers} tm where tm.org_id = teams.org_id and tm.team_id = teams.id and tm.user_id = ${options.onlyMemberId})`,
    );
  }
  const rows = await executor
    .select(teamListColumns())
    .from(t)
    .where(and(...conditions))
    .orderBy(asc(t.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE).map((row) => ({
    ...row,
    memberCount: Number(row.memberCount),
    appCount: Number(row.appCount),
  }));
  return { rows: page, nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

export async function countTeams(executor: Executor, orgId: string): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(t)
    .where(eq(t.orgId, orgId));
  return Number(row?.n ?? 0);
}

export async function findTeam(executor: Executor, orgId: string, teamId: string): Promise<TeamDto | null> {
  const [row] = await executor
    .select(teamColumns)
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.id, teamId)));
  return row ?? null;
}

/** The team, locked for the rest of the transaction: changes to one team and its grants run one after another. */
export async function lockTeam(tx: Tx, orgId: string, teamId: string): Promise<TeamDto | null> {
  const [row] = await tx
    .select(teamColumns)
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.id, teamId)))
    .for('update');
  return row ?? null;
}

/**
 * Creates the team unless its Team ID is taken in the organization: false then. A concurrent creator of
 * the same ID is waited for, so the loser of a race gets false too, never a key violation.
 */
export async function insertTeam(
  executor: Executor,
  orgId: string,
  values: { id: string; name: string; defaultPermission: TeamLevel },
): Promise<boolean> {
  const inserted = await executor
    .insert(t)
    .values({ orgId, id: values.id, name: values.name, defaultPermission: values.defaultPermission })
    .onConflictDoNothing({ target: [t.orgId, t.id] })
    .returning({ id: t.id });
  return inserted.length > 0;
}

export async function updateTeamName(executor: Executor, orgId: string, teamId: string, name: string): Promise<void> {
  await executor
    .update(t)
    .set({ name })
    .where(and(eq(t.orgId, orgId), eq(t.id, teamId)));
}

export async function updateTeamDefaultPermission(
  executor: Executor,
  orgId: string,
  teamId: string,
  defaultPermission: TeamLevel,
): Promise<void> {
  await executor
    .update(t)
    .set({ defaultPermission })
    .where(and(eq(t.orgId, orgId), eq(t.id, teamId)));
}

/**
 * The levels the member's teams hold on any of the organization's apps, each once, with the first team
 * (by Team ID) holding it: at most one row per level, whatever the number of teams and apps.
 */
export async function listMemberTeamLevels(
  executor: Executor,
  orgId: string,
  userId: string,
): Promise<Array<{ teamId: string; teamName: string; level: TeamLevel }>> {
  const tm = schema.teamMembers;
  const ta = schema.teamApps;
  return executor
    .selectDistinctOn([ta.permission], { teamId: t.id, teamName: t.name, level: ta.permission })
    .from(tm)
    .innerJoin(ta, and(eq(ta.orgId, tm.orgId), eq(ta.teamId, tm.teamId)))
    .innerJoin(t, and(eq(t.orgId, tm.orgId), eq(t.id, tm.teamId)))
    .where(and(eq(tm.orgId, orgId), eq(tm.userId, userId)))
    .orderBy(ta.permission, asc(t.id));
}

/** Its team_members and team_apps rows go with it (foreign keys cascade). */
export async function deleteTeamRow(executor: Executor, orgId: string, teamId: string): Promise<void> {
  await executor.delete(t).where(and(eq(t.orgId, orgId), eq(t.id, teamId)));
}

export type MemberTeamRow = { id: string; name: string };
/** The first teams of a member's (by Team ID) and how many they belong to in all. */
export type MemberTeams = { rows: MemberTeamRow[]; total: number };

/**
 * The teams a member belongs to, the first `limit` by Team ID, with the total, in one statement whatever
 * the number of teams (the total is a window count, computed before the limit).
 */
export async function listMemberTeams(executor: Executor, orgId: string, userId: string, limit: number): Promise<MemberTeams> {
  const tm = schema.teamMembers;
  const rows = await executor
    .select({ id: t.id, name: t.name, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(tm)
    .innerJoin(t, and(eq(t.orgId, tm.orgId), eq(t.id, tm.teamId)))
    .where(and(eq(tm.orgId, orgId), eq(tm.userId, userId)))
    .orderBy(asc(t.id))
    .limit(limit);
  return { rows: rows.map((r) => ({ id: r.id, name: r.name })), total: rows[0]?.total ?? 0 };
}

/** A team as the API shows it: a row of the list, with whether the viewer belongs to it (who may see it). */
export type TeamDetail = TeamListRow & { viewerIsMember: boolean };

/**
 * One team with its true member and app counts, its creation time and whether the viewer belongs to it,
 * in one statement (the team page's header, plus what the API's team carries).
 */
export async function findTeamDetail(
  executor: Executor,
  orgId: string,
  teamId: string,
  viewerId: string | null,
): Promise<TeamDetail | null> {
  const [row] = await executor
    .select({
      ...teamListColumns(),
      viewerIsMember: sql<boolean>`exists (select 1 from ${schema.teamMembers} tm where tm.org_id = teams.org_id and tm.team_id = teams.id and tm.user_id = ${viewerId})`,
    })
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.id, teamId)));
  if (!row) return null;
  return { ...row, memberCount: Number(row.memberCount), appCount: Number(row.appCount), viewerIsMember: Boolean(row.viewerIsMember) };
}

export type TeamAppGrant = { appId: string; slug: string; name: string; permission: TeamLevel };

/** One app the team holds, with its level on it; null when the team does not hold it. */
export async function findTeamApp(executor: Executor, orgId: string, teamId: string, appId: string): Promise<TeamAppGrant | null> {
  const ta = schema.teamApps;
  const a = schema.apps;
  const [row] = await executor
    .select({ appId: ta.appId, slug: a.slug, name: a.name, permission: ta.permission })
    .from(ta)
    .innerJoin(a, and(eq(a.orgId, ta.orgId), eq(a.id, ta.appId)))
    .where(and(eq(ta.orgId, orgId), eq(ta.teamId, teamId), eq(ta.appId, appId)));
  return row ?? null;
}
