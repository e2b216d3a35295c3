import 'server-only';
import { and, asc, eq, gt, ilike, inArray, notExists, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { TeamLevel } from '@/lib/permissions';
import { SEARCH_RESULTS_LIMIT } from '@/lib/validations/common';
import { decodeTextCursor } from '@/db/cursor';
import { PAGE_SIZE, type Page } from '@/db/paging';
import { likePattern } from '@/db/text';

const tm = schema.teamMembers;
const ta = schema.teamApps;

export type TeamMemberRow = { userId: string; name: string | null; email: string; addedAt: Date };
export type TeamAppRow = { appId: string; slug: string; name: string; permission: TeamLevel };
export type Candidate = { id: string; label: string; detail: string };

export type TeamSummary = {
  id: string;
  name: string;
  defaultPermission: TeamLevel;
  memberCount: number;
  appCount: number;
  viewerIsMember: boolean;
  /** A SCIM group manages the team: its members, name and existence are the identity provider's. */
  managedByIdp: boolean;
};

/**
 * The team page's header in one statement: the team, its true member and app counts (the lists below
 * are paged) and whether the viewer belongs to it (members who may not manage teams see only theirs).
 */
export async function findTeamSummary(executor: Executor, orgId: string, teamId: string, viewerId: string): Promise<TeamSummary | null> {
  const t = schema.teams;
  const [row] = await executor
    .select({
      id: t.id,
      name: t.name,
      defaultPermission: t.defaultPermission,
      // Outer columns are written out qualified: drizzle leaves them bare in a single-table select.
      memberCount: sql<number>`(select count(*)::int from ${tm} tm where tm.org_id = teams.org_id and tm.team_id = teams.id)`,
      appCount: sql<number>`(select count(*)::int from ${ta} ta where ta.org_id = teams.org_id and ta.team_id = teams.id)`,
      viewerIsMember: sql<boolean>`exists (select 1 from ${tm} tm where tm.org_id = teams.org_id and tm.team_id = teams.id and tm.user_id = ${viewerId})`,
      managedByIdp: sql<boolean>`exists (select 1 from ${schema.scimGroups} sg where sg.org_id = teams.org_id and sg.team_id = teams.id)`,
    })
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.id, teamId)));
  if (!row) return null;
  return {
    ...row,
    memberCount: Number(row.memberCount),
    appCount: Number(row.appCount),
    viewerIsMember: Boolean(row.viewerIsMember),
    managedByIdp: Boolean(row.managedByIdp),
  };
}

type ListOptions = { q?: string; after?: string };

/** One page of the team's members by email (unique, so the keyset cursor is the email), searched by name or email. */
export async function listTeamMembers(
  executor: Executor,
  orgId: string,
  teamId: string,
  options: ListOptions = {},
): Promise<Page<TeamMemberRow>> {
  const u = schema.users;
  const conditions: SQL[] = [eq(tm.orgId, orgId), eq(tm.teamId, teamId)];
  const after = decodeTextCursor(options.after, 320);
  if (after) conditions.push(gt(u.email, after));
  if (options.q?.trim()) {
    const pattern = likePattern(options.q);
    conditions.push(or(ilike(u.email, pattern), ilike(sql`coalesce(${u.name}, '')`, pattern))!);
  }
  const rows = await executor
    .select({ userId: tm.userId, name: u.name, email: u.email, addedAt: tm.createdAt })
    .from(tm)
    .innerJoin(u, eq(u.id, tm.userId))
    .where(and(...conditions))
    .orderBy(asc(u.email))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  return { rows: page, nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.email ?? null) : null };
}

/** One page of the team's apps by App ID (unique in the organization: the keyset cursor), searched by App ID or name. */
export async function listTeamApps(
  executor: Executor,
  orgId: string,
  teamId: string,
  options: ListOptions = {},
): Promise<Page<TeamAppRow>> {
  const a = schema.apps;
  const conditions: SQL[] = [eq(ta.orgId, orgId), eq(ta.teamId, teamId)];
  const after = decodeTextCursor(options.after, 100);
  if (after) conditions.push(gt(a.slug, after));
  if (options.q?.trim()) {
    const pattern = likePattern(options.q);
    conditions.push(or(ilike(a.slug, pattern), ilike(a.name, pattern))!);
  }
  const rows = await executor
    .select({ appId: ta.appId, slug: a.slug, name: a.name, permission: ta.permission })
    .from(ta)
    .innerJoin(a, and(eq(a.orgId, ta.orgId), eq(a.id, ta.appId)))
    .where(and(...conditions))
    .orderBy(asc(a.slug))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  return { rows: page, nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.slug ?? null) : null };
}

/** Organization members not yet in the team, searched on the server. Outsiders are never candidates. */
export async function searchMembersForTeam(executor: Executor, orgId: string, teamId: string, q: string): Promise<Candidate[]> {
  const m = schema.memberships;
  const u = schema.users;
  const pattern = likePattern(q);
  const rows = await executor
    .select({ id: u.id, name: u.name, email: u.email })
    .from(m)
    .innerJoin(u, eq(u.id, m.userId))
    .where(
      and(
        eq(m.orgId, orgId),
        or(ilike(u.email, pattern), ilike(sql`coalesce(${u.name}, '')`, pattern)),
        notExists(
          executor
            .select({ one: sql`1` })
            .from(tm)
            .where(and(eq(tm.orgId, m.orgId), eq(tm.teamId, teamId), eq(tm.userId, m.userId))),
        ),
      ),
    )
    .orderBy(asc(u.email))
    .limit(SEARCH_RESULTS_LIMIT);
  return rows.map((r) => ({ id: r.id, label: r.email, detail: r.name ?? '' }));
}

/** The organization's apps not yet granted to the team. */
export async function searchAppsForTeam(executor: Executor, orgId: string, teamId: string, q: string): Promise<Candidate[]> {
  const a = schema.apps;
  const pattern = likePattern(q);
  const rows = await executor
    .select({ id: a.id, slug: a.slug, name: a.name })
    .from(a)
    .where(
      and(
        eq(a.orgId, orgId),
        or(ilike(a.slug, pattern), ilike(a.name, pattern)),
        notExists(
          executor
            .select({ one: sql`1` })
            .from(ta)
            .where(and(eq(ta.orgId, a.orgId), eq(ta.teamId, teamId), eq(ta.appId, a.id))),
        ),
      ),
    )
    .orderBy(asc(a.slug))
    .limit(SEARCH_RESULTS_LIMIT);
  return rows.map((r) => ({ id: r.id, label: r.slug, detail: r.name }));
}

/** Those of `userIds` who are members of the organization, held against removal until the transaction ends. */
export async function lockOrgMemberIds(tx: Tx, orgId: string, userIds: string[]): Promise<string[]> {
  const m = schema.memberships;
  const rows = await tx
    .select({ userId: m.userId })
    .from(m)
    .where(and(eq(m.orgId, orgId), inArray(m.userId, userIds)))
    .for('key share');
  return rows.map((r) => r.userId);
}

/** Adds members to the team; those already in it are skipped. Returns the ids added. */
export async function insertTeamMembers(executor: Executor, orgId: string, teamId: string, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const added = await executor
    .insert(tm)
    .values(userIds.map((userId) => ({ orgId, teamId, userId })))
    .onConflictDoNothing()
    .returning({ userId: tm.userId });
  return added.map((r) => r.userId);
}

export async function deleteTeamMember(executor: Executor, orgId: string, teamId: string, userId: string): Promise<boolean> {
  const removed = await executor
    .delete(tm)
    .where(and(eq(tm.orgId, orgId), eq(tm.teamId, teamId), eq(tm.userId, userId)))
    .returning({ userId: tm.userId });
  return removed.length > 0;
}

export async function listTeamMemberIds(executor: Executor, orgId: string, teamId: string): Promise<string[]> {
  const rows = await executor
    .select({ userId: tm.userId })
    .from(tm)
    .where(and(eq(tm.orgId, orgId), eq(tm.teamId, teamId)));
  return rows.map((r) => r.userId);
}

/** Those of `appIds` that are apps of the organization, held against deletion until the transaction ends. */
export async function lockOrgAppIds(tx: Tx, orgId: string, appIds: string[]): Promise<string[]> {
  const a = schema.apps;
  const rows = await tx
    .select({ id: a.id })
    .from(a)
    .where(and(eq(a.orgId, orgId), inArray(a.id, appIds)))
    .for('key share');
  return rows.map((r) => r.id);
}

/** Grants apps to the team at one level; apps it already has are skipped. Returns the ids added. */
export async function insertTeamApps(
  executor: Executor,
  orgId: string,
  teamId: string,
  appIds: string[],
  permission: TeamLevel,
): Promise<string[]> {
  if (appIds.length === 0) return [];
  const added = await executor
    .insert(ta)
    .values(appIds.map((appId) => ({ orgId, teamId, appId, permission })))
    .onConflictDoNothing()
    .returning({ appId: ta.appId });
  return added.map((r) => r.appId);
}

/** The team's level on the app, its row locked for the rest of the transaction; null when the app is not granted. */
export async function lockTeamAppPermission(tx: Tx, orgId: string, teamId: string, appId: string): Promise<TeamLevel | null> {
  const [row] = await tx
    .select({ permission: ta.permission })
    .from(ta)
    .where(and(eq(ta.orgId, orgId), eq(ta.teamId, teamId), eq(ta.appId, appId)))
    .for('update');
  return row?.permission ?? null;
}

export async function updateTeamAppPermission(
  executor: Executor,
  orgId: string,
  teamId: string,
  appId: string,
  permission: TeamLevel,
): Promise<void> {
  await executor
    .update(ta)
    .set({ permission })
    .where(and(eq(ta.orgId, orgId), eq(ta.teamId, teamId), eq(ta.appId, appId)));
}

export async function deleteTeamApp(executor: Executor, orgId: string, teamId: string, appId: string): Promise<boolean> {
  const removed = await executor
    .delete(ta)
    .where(and(eq(ta.orgId, orgId), eq(ta.teamId, teamId), eq(ta.appId, appId)))
    .returning({ appId: ta.appId });
  return removed.length > 0;
}
