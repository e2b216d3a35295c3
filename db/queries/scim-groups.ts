import 'server-only';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';

const g = schema.scimGroups;
const gm = schema.scimGroupMembers;
const su = schema.scimUsers;

/** A SCIM Group as stored: the team it manages, and the SCIM Users the identity provider put in it. */
export type ScimGroupRow = {
  id: string;
  teamId: string;
  displayName: string;
  externalId: string | null;
  role: OrgRole | null;
  createdAt: Date;
  updatedAt: Date;
  /** Omitted (empty) when the caller asked for the group without its members. */
  members: Array<{ value: string; display: string }>;
};

export type ScimGroupFields = Pick<ScimGroupRow, 'displayName' | 'externalId'>;

const membersColumn = sql<Array<{ value: string; display: string }>>`coalesce((
  select json_agg(json_build_object('value', su.id, 'display', su.user_name) order by su.user_name)
  from ${gm} gm join ${su} su on su.id = gm.scim_user_id where gm.group_id = scim_groups.id), '[]'::json)`;

function columns(withMembers: boolean) {
  return {
    id: g.id,
    teamId: g.teamId,
    displayName: g.displayName,
    externalId: g.externalId,
    role: g.role,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
    members: withMembers ? membersColumn : sql<Array<{ value: string; display: string }>>`'[]'::json`,
  };
}

/** Adds the group for a team just made; null when the organization has a group with that externalId (the unique index decides). */
export async function insertScimGroup(tx: Tx, orgId: string, values: ScimGroupFields & { teamId: string }): Promise<{ id: string } | null> {
  const [row] = await tx
    .insert(g)
    .values({ orgId, ...values })
    .onConflictDoNothing()
    .returning({ id: g.id });
  return row ?? null;
}

export async function findScimGroup(executor: Executor, orgId: string, id: string, withMembers = true): Promise<ScimGroupRow | null> {
  const [row] = await executor
    .select(columns(withMembers))
    .from(g)
    .where(and(eq(g.orgId, orgId), eq(g.id, id)));
  return row ?? null;
}

/**
 * The group, locked for a change (a second change waits for this one), with its members; null when there
 * is none. The members are read after the lock is held: read in the locking statement, a change that
 * waited would see them as they were before the one it waited for.
 */
export async function lockScimGroup(tx: Tx, orgId: string, id: string): Promise<ScimGroupRow | null> {
  const locked = await tx
    .select({ id: g.id })
    .from(g)
    .where(and(eq(g.orgId, orgId), eq(g.id, id)))
    .for('update');
  return locked.length > 0 ? findScimGroup(tx, orgId, id) : null;
}

/** One page of the organization's groups matching `where` (built from a SCIM filter), with the number matching in all. */
export async function listScimGroups(
  executor: Executor,
  orgId: string,
  where: SQL | undefined,
  page: { offset: number; count: number; withMembers: boolean },
): Promise<{ total: number; rows: ScimGroupRow[] }> {
  const rows = await executor
    .select({ ...columns(page.withMembers), total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(g)
    .where(and(eq(g.orgId, orgId), where))
    .orderBy(asc(g.createdAt), asc(g.id))
    .offset(page.offset)
    .limit(page.count);
  if (rows.length > 0 || page.offset === 0) return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...row }) => row) };
  const [count] = await executor
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(g)
    .where(and(eq(g.orgId, orgId), where));
  return { total: count?.n ?? 0, rows: [] };
}

export async function updateScimGroup(
  tx: Tx,
  orgId: string,
  id: string,
  values: Partial<ScimGroupFields> & { role?: OrgRole | null },
): Promise<boolean> {
  const updated = await tx
    .update(g)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(g.orgId, orgId), eq(g.id, id)))
    .returning({ id: g.id });
  return updated.length > 0;
}

/** An externalId another group of the organization has already. */
export async function externalIdTaken(executor: Executor, orgId: string, externalId: string, exceptId: string): Promise<boolean> {
  const rows = await executor
    .select({ id: g.id })
    .from(g)
    .where(and(eq(g.orgId, orgId), eq(g.externalId, externalId), sql`${g.id} <> ${exceptId}`));
  return rows.length > 0;
}

/** A SCIM User as a group sees it: the account it stands for, whether that account is a member, its pending invitation. */
export type GroupMemberRef = { id: string; accountId: string | null; isMember: boolean; invitationId: string | null };

/** The organization's SCIM Users among `ids`, share-locked so none is deleted while a group takes them in. */
export async function lockScimUsersForGroup(tx: Tx, orgId: string, ids: string[]): Promise<GroupMemberRef[]> {
  if (ids.length === 0) return [];
  const m = schema.memberships;
  return tx
    .select({
      id: su.id,
      accountId: su.userId,
      isMember: sql<boolean>`exists (select 1 from ${m} where ${m.orgId} = scim_users.org_id and ${m.userId} = scim_users.user_id)`,
      invitationId: su.invitationId,
    })
    .from(su)
    .where(and(eq(su.orgId, orgId), inArray(su.id, ids)))
    .for('key share', { of: su });
}

export async function insertScimGroupMembers(tx: Tx, groupId: string, scimUserIds: string[]): Promise<void> {
  if (scimUserIds.length === 0) return;
  await tx
    .insert(gm)
    .values(scimUserIds.map((scimUserId) => ({ groupId, scimUserId })))
    .onConflictDoNothing();
}

export async function deleteScimGroupMembers(tx: Tx, groupId: string, scimUserIds: string[]): Promise<void> {
  if (scimUserIds.length === 0) return;
  await tx.delete(gm).where(and(eq(gm.groupId, groupId), inArray(gm.scimUserId, scimUserIds)));
}

/**
 * Puts a member into the teams of the groups their SCIM User is in (they just became a member: accepted
 * SCIM's invitation, or were given access again). Returns the teams joined.
 */
export async function joinScimTeams(tx: Tx, orgId: string, userId: string): Promise<string[]> {
  const rows = await tx.execute<{ team_id: string }>(sql`
    insert into ${schema.teamMembers} (org_id, team_id, user_id)
    select distinct g.org_id, g.team_id, su.user_id
    from ${su} su
    join ${gm} gm on gm.scim_user_id = su.id
    join ${g} g on g.id = gm.group_id
    where su.org_id = ${orgId} and su.user_id = ${userId} and su.active
    on conflict do nothing
    returning team_id`);
  return (Array.isArray(rows) ? rows : (rows as { rows: Array<{ team_id: string }> }).rows).map((r) => r.team_id);
}

/** For each SCIM User, the roles its groups map to (none when no group of theirs has a role). */
export async function mappedRolesOf(executor: Executor, scimUserIds: string[]): Promise<Map<string, OrgRole[]>> {
  const roles = new Map<string, OrgRole[]>(scimUserIds.map((id) => [id, []]));
  if (scimUserIds.length === 0) return roles;
  const rows = await executor
    .selectDistinct({ scimUserId: gm.scimUserId, role: g.role })
    .from(gm)
    .innerJoin(g, eq(g.id, gm.groupId))
    .where(and(inArray(gm.scimUserId, scimUserIds), sql`${g.role} is not null`));
  for (const row of rows) if (row.role) roles.get(row.scimUserId)?.push(row.role);
  return roles;
}

/** The groups of the organization with their teams' names, for the provisioning page's role mapping. */
export async function listScimGroupsForMapping(
  executor: Executor,
  orgId: string,
): Promise<Array<{ id: string; displayName: string; teamId: string; role: OrgRole | null; memberCount: number }>> {
  return executor
    .select({
      id: g.id,
      displayName: g.displayName,
      teamId: g.teamId,
      role: g.role,
      memberCount: sql<number>`(select count(*)::int from ${gm} gm where gm.group_id = scim_groups.id)`.mapWith(Number),
    })
    .from(g)
    .where(eq(g.orgId, orgId))
    .orderBy(asc(g.displayName), asc(g.id))
    .limit(500);
}
