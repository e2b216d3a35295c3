import 'server-only';
import { and, asc, eq, gt, ilike, notExists, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import {
  appVisibilityOf,
  roleGrantsOnApp,
  TEAM_LEVEL_LABELS,
  type AppGrant,
  type AppVisibility,
  type OrgRole,
  type TeamLevel,
} from '@/lib/permissions';
import { SEARCH_RESULTS_LIMIT } from '@/lib/validations/common';
import { decodeTextCursor } from '@/db/cursor';
import { PAGE_SIZE, type Page } from '@/db/paging';
import { likePattern } from '@/db/text';

const a = schema.apps;

export type AppDto = { id: string; slug: string; name: string; description: string; notes: string; visibility: string; createdAt: Date };
export type TeamAccessRow = { teamId: string; teamName: string; permission: TeamLevel; memberCount: number };
/** One page of the teams with access, and how many there are in all. */
export type TeamAccessPage = Page<TeamAccessRow> & { total: number };
/** An Add Team search result, shaped for CandidatePicker, with the level the dialog presets. */
export type TeamCandidate = { id: string; label: string; detail: string; defaultPermission: TeamLevel };

const appColumns = {
  id: a.id,
  slug: a.slug,
  name: a.name,
  description: a.description,
  notes: a.notes,
  visibility: a.visibility,
  createdAt: a.createdAt,
};

/**
 * What one member may do on one app: their role, every team of theirs that grants the app and the app's
 * visibility, read in one query. null when they are not a member of the organization.
 */
export async function appGrantFor(executor: Executor, orgId: string, userId: string, appId: string): Promise<AppGrant | null> {
  const rows = await executor
    .select({
      role: schema.memberships.role,
      visibility: a.visibility,
      teamId: schema.teams.id,
      teamName: schema.teams.name,
      level: schema.teamApps.permission,
    })
    .from(schema.memberships)
    .leftJoin(a, and(eq(a.orgId, schema.memberships.orgId), eq(a.id, appId)))
    .leftJoin(
      schema.teamMembers,
      and(eq(schema.teamMembers.orgId, schema.memberships.orgId), eq(schema.teamMembers.userId, schema.memberships.userId)),
    )
    .leftJoin(
      schema.teamApps,
      and(
        eq(schema.teamApps.orgId, schema.teamMembers.orgId),
        eq(schema.teamApps.teamId, schema.teamMembers.teamId),
        eq(schema.teamApps.appId, appId),
      ),
    )
    .leftJoin(schema.teams, and(eq(schema.teams.orgId, schema.teamApps.orgId), eq(schema.teams.id, schema.teamApps.teamId)))
    .where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, userId)));
  if (rows.length === 0) return null;
  const teams = rows
    .filter((r) => r.teamId && r.teamName && r.level)
    .map((r) => ({ teamId: r.teamId!, teamName: r.teamName!, level: r.level! }));
  return { role: rows[0]!.role, teams, visibility: appVisibilityOf(rows[0]!.visibility) };
}

export async function findOrgAppBySlug(executor: Executor, orgId: string, slug: string): Promise<AppDto | null> {
  const [row] = await executor
    .select(appColumns)
    .from(a)
    .where(and(eq(a.orgId, orgId), eq(a.slug, slug)));
  return row ?? null;
}

/** What an App ID can be: a cursor with anything else was not issued by the list (first page). */
const APP_ID_CURSOR = /^[a-z0-9_-]+$/;

/**
 * The apps a member sees: every app when their role grants it on all apps, otherwise the apps their
 * teams grant and those of 'org' visibility (every member may open them, view-only). One page, ordered by App ID, in one statement whatever the number of apps: `q` matches
 * App ID or name (case-insensitive; `%` and `_` literally), `after` is the last App ID shown.
 */
export async function listAppsForMember(
  executor: Executor,
  orgId: string,
  member: { userId: string | null; role: OrgRole },
  options: { q?: string; after?: string } = {},
): Promise<Page<AppDto>> {
  const conditions: SQL[] = [eq(a.orgId, orgId)];
  if (!roleGrantsOnApp(member.role, 'app.view')) {
    conditions.push(sql`(apps.visibility = 'org' or exists (
      select 1 from ${schema.teamApps} ta
      join ${schema.teamMembers} tm on tm.org_id = ta.org_id and tm.team_id = ta.team_id
      where ta.org_id = apps.org_id and ta.app_id = apps.id and tm.user_id = ${member.userId}))`);
  }
  const after = decodeTextCursor(options.after, 48);
  if (after && APP_ID_CURSOR.test(after)) conditions.push(gt(a.slug, after));
  if (options.q?.trim()) conditions.push(or(ilike(a.slug, likePattern(options.q)), ilike(a.name, likePattern(options.q)))!);
  const rows = await executor
    .select(appColumns)
    .from(a)
    .where(and(...conditions))
    .orderBy(asc(a.slug))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  return { rows: page, nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.slug ?? null) : null };
}

export async function listPersonalApps(executor: Executor, userId: string): Promise<AppDto[]> {
  return executor.select(appColumns).from(a).where(eq(a.ownerUserId, userId)).orderBy(asc(a.slug)).limit(500);
}

export async function findPersonalAppBySlug(executor: Executor, userId: string, slug: string): Promise<AppDto | null> {
  const [row] = await executor
    .select(appColumns)
    .from(a)
    .where(and(eq(a.ownerUserId, userId), eq(a.slug, slug)));
  return row ?? null;
}

/**
 * One page of the teams granted the app (keyset by Team ID, `after` the last one shown), with each
 * team's member count and the total, in one statement whatever the number of teams: the total is the
 * single row the page is left-joined to, so it comes back even when the page is empty (a stale cursor).
 */
export async function listTeamsWithAccess(
  executor: Executor,
  orgId: string,
  appId: string,
  options: { after?: string } = {},
): Promise<TeamAccessPage> {
  const ta = schema.teamApps;
  const t = schema.teams;
  const conditions: SQL[] = [eq(ta.orgId, orgId), eq(ta.appId, appId)];
  const after = decodeTextCursor(options.after, 48);
  if (after) conditions.push(gt(t.id, after));
  const page = executor
    .select({
      teamId: t.id,
      teamName: t.name,
      permission: ta.permission,
      memberCount:
        sql<number>`(select count(*)::int from ${schema.teamMembers} tm where tm.org_id = ${t.orgId} and tm.team_id = ${t.id})`.as(
          'member_count',
        ),
    })
    .from(ta)
    .innerJoin(t, and(eq(t.orgId, ta.orgId), eq(t.id, ta.teamId)))
    .where(and(...conditions))
    .orderBy(asc(t.id))
    .limit(PAGE_SIZE + 1)
    .as('page');
  const total = executor
    .select({ n: sql<number>`count(*)::int`.as('n') })
    .from(ta)
    .where(and(eq(ta.orgId, orgId), eq(ta.appId, appId)))
    .as('total');
  const rows = await executor
    .select({ total: total.n, teamId: page.teamId, teamName: page.teamName, permission: page.permission, memberCount: page.memberCount })
    .from(total)
    .leftJoin(page, sql`true`)
    .orderBy(asc(page.teamId));
  const teams: TeamAccessRow[] = [];
  for (const r of rows) {
    if (r.teamId === null || r.teamName === null || r.permission === null) continue;
    teams.push({ teamId: r.teamId, teamName: r.teamName, permission: r.permission, memberCount: Number(r.memberCount) });
  }
  const shown = teams.slice(0, PAGE_SIZE);
  return {
    rows: shown,
    nextCursor: teams.length > PAGE_SIZE ? (shown.at(-1)?.teamId ?? null) : null,
    total: Number(rows[0]?.total ?? 0),
  };
}

/**
 * The Add Team search: this organization's teams that do not have the app yet, matched on Team ID or
 * name, a few at a time (the dialog never holds the whole list, so no team is out of reach).
 */
export async function searchTeamsWithoutApp(executor: Executor, orgId: string, appId: string, q: string): Promise<TeamCandidate[]> {
  const t = schema.teams;
  const ta = schema.teamApps;
  const pattern = likePattern(q);
  const rows = await executor
    .select({ id: t.id, name: t.name, defaultPermission: t.defaultPermission })
    .from(t)
    .where(
      and(
        eq(t.orgId, orgId),
        or(ilike(t.id, pattern), ilike(t.name, pattern)),
        notExists(
          executor
            .select({ one: sql`1` })
            .from(ta)
            .where(and(eq(ta.orgId, t.orgId), eq(ta.teamId, t.id), eq(ta.appId, appId))),
        ),
      ),
    )
    .orderBy(asc(t.id))
    .limit(SEARCH_RESULTS_LIMIT);
  return rows.map((r) => {
    return {
      id: r.id,
      label: r.id,
      detail: `${r.name} · ${TEAM_LEVEL_LABELS[r.defaultPermission]}`,
      defaultPermission: r.defaultPermission,
    };
  });
}

/**
 * The organization's app, read for a write, and how it is held until the transaction ends:
 * 'key share' keeps it from being deleted or moved while the write runs, without queueing writes to the
 * same app behind each other; 'no key update' is for editing the app's details (two edits run one after
 * the other, writes inside the app go on); 'update' is for deleting it.
 */
export type AppLock = 'key share' | 'no key update' | 'update';

export async function findOrgAppForWrite(tx: Tx, orgId: string, appId: string, lock: AppLock): Promise<AppDto | null> {
  const [app] = await tx
    .select(appColumns)
    .from(a)
    .where(and(eq(a.orgId, orgId), eq(a.id, appId)))
    .for(lock);
  return app ?? null;
}

export async function insertOrgApp(tx: Tx, orgId: string, input: { slug: string; name: string }): Promise<{ id: string; slug: string }> {
  const [row] = await tx.insert(a).values({ orgId, slug: input.slug, name: input.name }).returning({ id: a.id, slug: a.slug });
  return row!;
}

export async function insertPersonalApp(
  tx: Tx,
  userId: string,
  input: { slug: string; name: string },
): Promise<{ id: string; slug: string }> {
  const [row] = await tx
    .insert(a)
    .values({ ownerUserId: userId, slug: input.slug, name: input.name })
    .returning({ id: a.id, slug: a.slug });
  return row!;
}

export async function updateAppRow(tx: Tx, orgId: string, appId: string, input: { name: string; description: string; notes: string }) {
  await tx
    .update(a)
    .set(input)
    .where(and(eq(a.orgId, orgId), eq(a.id, appId)));
}

/** Gives the app a new App ID; everything inside refers to its id, so nothing else changes. */
export async function updateAppSlug(tx: Tx, orgId: string, appId: string, slug: string) {
  await tx
    .update(a)
    .set({ slug })
    .where(and(eq(a.orgId, orgId), eq(a.id, appId)));
}

/** Sets who besides its roles and teams may open the app ('org': every member, view-only). */
export async function updateAppVisibility(tx: Tx, orgId: string, appId: string, visibility: AppVisibility) {
  await tx
    .update(a)
    .set({ visibility })
    .where(and(eq(a.orgId, orgId), eq(a.id, appId)));
}

/** Deletes the app; its grants, data, models and deployments go with it (cascades). Usage records stay (no foreign key). */
export async function deleteAppRow(tx: Tx, orgId: string, appId: string) {
  await tx.delete(a).where(and(eq(a.orgId, orgId), eq(a.id, appId)));
}

export async function teamExists(executor: Executor, orgId: string, teamId: string): Promise<boolean> {
  const [team] = await executor
    .select({ id: schema.teams.id })
    .from(schema.teams)
    .where(and(eq(schema.teams.orgId, orgId), eq(schema.teams.id, teamId)));
  return Boolean(team);
}

/** Grants a team access to the app at a level, or changes the level of its grant. */
export async function upsertTeamAppGrant(tx: Tx, orgId: string, appId: string, teamId: string, permission: TeamLevel) {
  const ta = schema.teamApps;
  await tx
    .insert(ta)
    .values({ orgId, teamId, appId, permission })
    .onConflictDoUpdate({ target: [ta.orgId, ta.teamId, ta.appId], set: { permission } });
}

/** Removes the team's grant on the app; false when it had none. */
export async function deleteTeamAppGrant(tx: Tx, orgId: string, appId: string, teamId: string): Promise<boolean> {
  const ta = schema.teamApps;
  const removed = await tx
    .delete(ta)
    .where(and(eq(ta.orgId, orgId), eq(ta.teamId, teamId), eq(ta.appId, appId)))
    .returning({ teamId: ta.teamId });
  return removed.length > 0;
}

/** The organization's app by its internal id, read without a lock (the API's reads); null when it is not there. */
export async function findOrgAppById(executor: Executor, orgId: string, appId: string): Promise<AppDto | null> {
  const [row] = await executor
    .select(appColumns)
    .from(a)
    .where(and(eq(a.orgId, orgId), eq(a.id, appId)));
  return row ?? null;
}
