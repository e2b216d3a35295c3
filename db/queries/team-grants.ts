import 'server-only';
import { and, asc, eq, gt, ilike, inArray, notExists, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { ActionError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';
import { TEAM_LEVEL_LABELS, type TeamLevel } from '@/lib/permissions';
import { SEARCH_RESULTS_LIMIT } from '@/lib/validations/common';
import { decodeTextCursor } from '@/db/cursor';
import { likePattern, PAGE_SIZE, type Page } from './members';
import { requireTeam } from './teams';

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
    })
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.id, teamId)));
  if (!row) return null;
  return {
    ...row,
    defaultPermission: row.defaultPermission as TeamLevel,
    memberCount: Number(row.memberCount),
    appCount: Number(row.appCount),
    viewerIsMember: Boolean(row.viewerIsMember),
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
  const page = rows.slice(0, PAGE_SIZE).map((row) => ({ ...row, permission: row.permission as TeamLevel }));
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

export async function addTeamMembers(ctx: OrgContext, teamId: string, userIds: string[]): Promise<{ added: number }> {
  const team = await requireTeam(ctx, teamId);
  // Only ids that are members of this organization; the composite foreign key refuses anything else too.
  const members = await ctx.tx
    .select({ userId: schema.memberships.userId })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.orgId, ctx.orgId), inArray(schema.memberships.userId, userIds)));
  if (members.length !== new Set(userIds).size)
    throw new ActionError('NOT_FOUND', 'Only members of this organization can be added to its teams.');
  const added = await ctx.tx
    .insert(tm)
    .values(members.map((m) => ({ orgId: ctx.orgId, teamId, userId: m.userId })))
    .onConflictDoNothing()
    .returning({ userId: tm.userId });
  if (added.length > 0) {
    await ctx.tx
      .insert(schema.notifications)
      .values(added.map((a) => ({ userId: a.userId, orgId: ctx.orgId, kind: 'team_added', payload: { teamName: team.name, teamId } })));
  }
  for (const a of added) ctx.audit({ action: 'team.member_added', targetType: 'team', targetId: teamId, data: { userId: a.userId } });
  return { added: added.length };
}

export async function removeTeamMember(ctx: OrgContext, teamId: string, userId: string): Promise<{ removed: boolean }> {
  const team = await requireTeam(ctx, teamId);
  const removed = await ctx.tx
    .delete(tm)
    .where(and(eq(tm.orgId, ctx.orgId), eq(tm.teamId, teamId), eq(tm.userId, userId)))
    .returning({ userId: tm.userId });
  if (removed.length === 0) throw new ActionError('NOT_FOUND', 'That person is not in this team.');
  await ctx.tx
    .insert(schema.notifications)
    .values({ userId, orgId: ctx.orgId, kind: 'team_removed', payload: { teamName: team.name, teamId } });
  ctx.audit({ action: 'team.member_removed', targetType: 'team', targetId: teamId, data: { userId } });
  return { removed: true };
}

export async function addTeamApps(ctx: OrgContext, teamId: string, appIds: string[], permission: TeamLevel): Promise<{ added: number }> {
  await requireTeam(ctx, teamId);
  const owned = await ctx.tx
    .select({ id: schema.apps.id })
    .from(schema.apps)
    .where(and(eq(schema.apps.orgId, ctx.orgId), inArray(schema.apps.id, appIds)));
  if (owned.length !== new Set(appIds).size)
    throw new ActionError('NOT_FOUND', 'Only apps of this organization can be added to its teams.');
  const added = await ctx.tx
    .insert(ta)
    .values(owned.map((a) => ({ orgId: ctx.orgId, teamId, appId: a.id, permission })))
    .onConflictDoNothing()
    .returning({ appId: ta.appId });
  for (const a of added)
    ctx.audit({ action: 'team.app_added', targetType: 'team', targetId: teamId, data: { appId: a.appId, permission } });
  return { added: added.length };
}

export async function setTeamAppPermission(
  ctx: OrgContext,
  teamId: string,
  appId: string,
  permission: TeamLevel,
): Promise<{ permission: TeamLevel }> {
  await requireTeam(ctx, teamId);
  const [before] = await ctx.tx
    .select({ permission: ta.permission })
    .from(ta)
    .where(and(eq(ta.orgId, ctx.orgId), eq(ta.teamId, teamId), eq(ta.appId, appId)))
    .for('update');
  if (!before) throw new ActionError('NOT_FOUND', 'That app is not granted to this team.');
  await ctx.tx
    .update(ta)
    .set({ permission })
    .where(and(eq(ta.orgId, ctx.orgId), eq(ta.teamId, teamId), eq(ta.appId, appId)));
  ctx.audit({
    action: 'team.app_permission_changed',
    targetType: 'team',
    targetId: teamId,
    data: { appId, before: before.permission, after: permission, afterLabel: TEAM_LEVEL_LABELS[permission] },
  });
  return { permission };
}

export async function removeTeamApp(ctx: OrgContext, teamId: string, appId: string): Promise<{ removed: boolean }> {
  await requireTeam(ctx, teamId);
  const removed = await ctx.tx
    .delete(ta)
    .where(and(eq(ta.orgId, ctx.orgId), eq(ta.teamId, teamId), eq(ta.appId, appId)))
    .returning({ appId: ta.appId });
  if (removed.length === 0) throw new ActionError('NOT_FOUND', 'That app is not granted to this team.');
  ctx.audit({ action: 'team.app_removed', targetType: 'team', targetId: teamId, data: { appId } });
  return { removed: true };
}
