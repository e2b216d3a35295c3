import 'server-only';
import { and, asc, eq, gt, ilike, notExists, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { ActionError, fieldError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';
import {
  canOnApp,
  roleGrantsOnApp,
  TEAM_LEVEL_LABELS,
  type AppGrant,
  type AppPermission,
  type OrgRole,
  type TeamLevel,
} from '@/lib/permissions';
import { SEARCH_RESULTS_LIMIT } from '@/lib/validations/common';
import { decodeTextCursor } from '@/db/cursor';
import { likePattern, PAGE_SIZE, type Page } from './members';

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
 * What one member may do on one app: their role plus every team of theirs that grants the app, read
 * in one query. null when they are not a member of the organization.
 */
export async function appGrantFor(executor: Executor, orgId: string, userId: string, appId: string): Promise<AppGrant | null> {
  const rows = await executor
    .select({ role: schema.memberships.role, teamId: schema.teams.id, teamName: schema.teams.name, level: schema.teamApps.permission })
    .from(schema.memberships)
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
    .map((r) => ({ teamId: r.teamId!, teamName: r.teamName!, level: r.level as TeamLevel }));
  return { role: rows[0]!.role as OrgRole, teams };
}

export async function findOrgAppBySlug(executor: Executor, orgId: string, slug: string): Promise<AppDto | null> {
  const [row] = await executor
    .select(appColumns)
    .from(a)
    .where(and(eq(a.orgId, orgId), eq(a.slug, slug)));
  return row ?? null;
}

/**
 * The apps a member sees: every app when their role grants it on all apps, otherwise the apps their
 * teams grant. One page, ordered by App ID.
 */
export async function listAppsForMember(
  executor: Executor,
  orgId: string,
  member: { userId: string; role: OrgRole },
  options: { q?: string; after?: string } = {},
): Promise<Page<AppDto>> {
  const conditions: SQL[] = [eq(a.orgId, orgId)];
  if (!roleGrantsOnApp(member.role, 'app.view')) {
    conditions.push(sql`exists (
      select 1 from ${schema.teamApps} ta
      join ${schema.teamMembers} tm on tm.org_id = ta.org_id and tm.team_id = ta.team_id
      where ta.org_id = apps.org_id and ta.app_id = apps.id and tm.user_id = ${member.userId})`);
  }
  const after = decodeTextCursor(options.after, 48);
  if (after) conditions.push(gt(a.slug, after));
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
    teams.push({ teamId: r.teamId, teamName: r.teamName, permission: r.permission as TeamLevel, memberCount: Number(r.memberCount) });
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
    const defaultPermission = r.defaultPermission as TeamLevel;
    return { id: r.id, label: r.id, detail: `${r.name} · ${TEAM_LEVEL_LABELS[defaultPermission]}`, defaultPermission };
  });
}

/**
 * For app actions: the app must belong to this organization and be visible to the caller (otherwise
 * NOT_FOUND, as if it did not exist), and the caller must hold the permission on it.
 */
export async function requireAppPermission(ctx: OrgContext, appId: string, permission: AppPermission): Promise<AppDto> {
  const [app] = await ctx.tx
    .select(appColumns)
    .from(a)
    .where(and(eq(a.orgId, ctx.orgId), eq(a.id, appId)))
    .for('update');
  const grant = app ? await appGrantFor(ctx.tx, ctx.orgId, ctx.user.id, appId) : null;
  if (!app || !grant || !canOnApp(grant, 'app.view'))
    throw new ActionError('NOT_FOUND', 'That app does not exist, or you do not have access.');
  if (!canOnApp(grant, permission)) throw new ActionError('FORBIDDEN', 'Your access to this app does not allow this.');
  return app;
}

export async function createOrgApp(ctx: OrgContext, input: { slug: string; name: string }): Promise<{ id: string; slug: string }> {
  if (await findOrgAppBySlug(ctx.tx, ctx.orgId, input.slug))
    throw fieldError('slug', 'This App ID is taken in this organization. Choose another.');
  const [row] = await ctx.tx
    .insert(a)
    .values({ orgId: ctx.orgId, slug: input.slug, name: input.name })
    .returning({ id: a.id, slug: a.slug });
  ctx.audit({ action: 'app.created', targetType: 'app', targetId: input.slug, data: { appId: row!.id, name: input.name } });
  return row!;
}

export async function createPersonalApp(
  executor: Executor,
  userId: string,
  input: { slug: string; name: string },
): Promise<{ id: string; slug: string }> {
  if (await findPersonalAppBySlug(executor, userId, input.slug))
    throw fieldError('slug', 'You already have an app with this App ID. Choose another.');
  const [row] = await executor
    .insert(a)
    .values({ ownerUserId: userId, slug: input.slug, name: input.name })
    .returning({ id: a.id, slug: a.slug });
  return row!;
}

export async function updateAppDetails(ctx: OrgContext, appId: string, input: { name: string; description: string; notes: string }) {
  const app = await requireAppPermission(ctx, appId, 'app.edit_details');
  await ctx.tx
    .update(a)
    .set(input)
    .where(and(eq(a.orgId, ctx.orgId), eq(a.id, appId)));
  ctx.audit({
    action: 'app.updated',
    targetType: 'app',
    targetId: app.slug,
    data: { before: { name: app.name }, after: { name: input.name } },
  });
  return { id: appId };
}

export async function deleteApp(ctx: OrgContext, appId: string, confirmation: string) {
  const app = await requireAppPermission(ctx, appId, 'app.delete');
  if (confirmation !== app.slug) throw fieldError('confirmation', `Type the App ID "${app.slug}" to confirm.`);
  await ctx.tx.delete(a).where(and(eq(a.orgId, ctx.orgId), eq(a.id, appId)));
  ctx.audit({ action: 'app.deleted', targetType: 'app', targetId: app.slug, data: { appId, name: app.name } });
  return { slug: app.slug };
}

/** Grants a team access to the app, or changes its level (‡ edit collaborators). */
export async function setAppTeamAccess(ctx: OrgContext, appId: string, teamId: string, permission: TeamLevel) {
  const app = await requireAppPermission(ctx, appId, 'app.collaborators.edit');
  const [team] = await ctx.tx
    .select({ id: schema.teams.id })
    .from(schema.teams)
    .where(and(eq(schema.teams.orgId, ctx.orgId), eq(schema.teams.id, teamId)));
  if (!team) throw new ActionError('NOT_FOUND', 'That team does not exist in this organization.');
  await ctx.tx
    .insert(schema.teamApps)
    .values({ orgId: ctx.orgId, teamId, appId, permission })
    .onConflictDoUpdate({ target: [schema.teamApps.orgId, schema.teamApps.teamId, schema.teamApps.appId], set: { permission } });
  ctx.audit({ action: 'app.team_access_set', targetType: 'app', targetId: app.slug, data: { teamId, permission } });
  return { teamId, permission };
}

export async function removeAppTeamAccess(ctx: OrgContext, appId: string, teamId: string) {
  const app = await requireAppPermission(ctx, appId, 'app.collaborators.edit');
  const removed = await ctx.tx
    .delete(schema.teamApps)
    .where(and(eq(schema.teamApps.orgId, ctx.orgId), eq(schema.teamApps.teamId, teamId), eq(schema.teamApps.appId, appId)))
    .returning({ teamId: schema.teamApps.teamId });
  if (removed.length === 0) throw new ActionError('NOT_FOUND', 'That team has no access to this app.');
  ctx.audit({ action: 'app.team_access_removed', targetType: 'app', targetId: app.slug, data: { teamId } });
  return { teamId };
}
