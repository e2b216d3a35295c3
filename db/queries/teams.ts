import 'server-only';
import { and, asc, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { ActionError, fieldError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';
import type { TeamLevel } from '@/lib/permissions';
import { decodeTextCursor } from '@/db/cursor';
import { likePattern, PAGE_SIZE, type Page } from './members';

const t = schema.teams;

export type TeamListRow = {
  id: string;
  name: string;
  defaultPermission: TeamLevel;
  memberCount: number;
  appCount: number;
  createdAt: Date;
};
export type TeamDto = { id: string; name: string; defaultPermission: TeamLevel; createdAt: Date };

/**
 * One page of teams ordered by Team ID, with member and app counts, in one query. `onlyMemberId`
 * limits the list to the teams that person belongs to (members who may not manage teams).
 */
export async function listTeams(
  executor: Executor,
  orgId: string,
  options: { q?: string; after?: string; onlyMemberId?: string },
): Promise<Page<TeamListRow>> {
  const conditions: SQL[] = [eq(t.orgId, orgId)];
  const after = decodeTextCursor(options.after, 48);
  if (after) conditions.push(gt(t.id, after));
  if (options.q?.trim()) {
    const pattern = likePattern(options.q);
    conditions.push(or(ilike(t.id, pattern), ilike(t.name, pattern))!);
  }
  if (options.onlyMemberId) {
    conditions.push(
      sql`exists (select 1 from ${schema.teamMembers} tm where tm.org_id = teams.org_id and tm.team_id = teams.id and tm.user_id = ${options.onlyMemberId})`,
    );
  }
  const rows = await executor
    .select({
      id: t.id,
      name: t.name,
      defaultPermission: t.defaultPermission,
      createdAt: t.createdAt,
      // Outer columns are written out qualified: drizzle leaves them bare in a single-table select.
      memberCount: sql<number>`(select count(*)::int from ${schema.teamMembers} tm where tm.org_id = teams.org_id and tm.team_id = teams.id)`,
      appCount: sql<number>`(select count(*)::int from ${schema.teamApps} ta where ta.org_id = teams.org_id and ta.team_id = teams.id)`,
    })
    .from(t)
    .where(and(...conditions))
    .orderBy(asc(t.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE).map((row) => ({
    ...row,
    defaultPermission: row.defaultPermission as TeamLevel,
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
    .select({ id: t.id, name: t.name, defaultPermission: t.defaultPermission, createdAt: t.createdAt })
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.id, teamId)));
  return row ? { ...row, defaultPermission: row.defaultPermission as TeamLevel } : null;
}

/** Locks the team row for the rest of the transaction; refuses a team of another organization. */
export async function requireTeam(ctx: OrgContext, teamId: string): Promise<TeamDto> {
  const [row] = await ctx.tx
    .select({ id: t.id, name: t.name, defaultPermission: t.defaultPermission, createdAt: t.createdAt })
    .from(t)
    .where(and(eq(t.orgId, ctx.orgId), eq(t.id, teamId)))
    .for('update');
  if (!row) throw new ActionError('NOT_FOUND', 'That team does not exist in this organization.');
  return { ...row, defaultPermission: row.defaultPermission as TeamLevel };
}

export async function createTeam(
  ctx: OrgContext,
  input: { id: string; name: string; defaultPermission: TeamLevel },
): Promise<{ id: string }> {
  if (await findTeam(ctx.tx, ctx.orgId, input.id)) throw fieldError('id', 'This Team ID is taken in this organization. Choose another.');
  await ctx.tx.insert(t).values({ orgId: ctx.orgId, id: input.id, name: input.name, defaultPermission: input.defaultPermission });
  ctx.audit({
    action: 'team.created',
    targetType: 'team',
    targetId: input.id,
    data: { name: input.name, defaultPermission: input.defaultPermission },
  });
  return { id: input.id };
}

export async function renameTeam(ctx: OrgContext, teamId: string, name: string): Promise<{ id: string; name: string }> {
  const team = await requireTeam(ctx, teamId);
  await ctx.tx
    .update(t)
    .set({ name })
    .where(and(eq(t.orgId, ctx.orgId), eq(t.id, teamId)));
  ctx.audit({ action: 'team.renamed', targetType: 'team', targetId: teamId, data: { before: team.name, after: name } });
  return { id: teamId, name };
}

/** Deleting a team removes its grants (team_members, team_apps cascade); members and apps remain. */
export async function deleteTeam(ctx: OrgContext, teamId: string): Promise<{ id: string }> {
  const team = await requireTeam(ctx, teamId);
  // Its members lose what the team granted: tell them, as removing them one by one would.
  const members = await ctx.tx
    .select({ userId: schema.teamMembers.userId })
    .from(schema.teamMembers)
    .where(and(eq(schema.teamMembers.orgId, ctx.orgId), eq(schema.teamMembers.teamId, teamId)));
  if (members.length > 0) {
    await ctx.tx
      .insert(schema.notifications)
      .values(members.map((m) => ({ userId: m.userId, orgId: ctx.orgId, kind: 'team_removed', payload: { teamName: team.name, teamId } })));
  }
  await ctx.tx.delete(t).where(and(eq(t.orgId, ctx.orgId), eq(t.id, teamId)));
  ctx.audit({ action: 'team.deleted', targetType: 'team', targetId: teamId, data: { name: team.name } });
  return { id: teamId };
}
