import 'server-only';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';

const s = schema.scimUsers;
const m = schema.memberships;
const inv = schema.invitations;

/** A SCIM User as stored, with what it stands for in the organization now. */
export type ScimUserRow = {
  id: string;
  userName: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  active: boolean;
  userId: string | null;
  invitationId: string | null;
  createdAccount: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** Their role while they are a member; null otherwise. */
  memberRole: OrgRole | null;
  /** An invitation of theirs waits for an answer. */
  invitationPending: boolean;
};

export type ScimUserFields = Pick<ScimUserRow, 'userName' | 'externalId' | 'givenName' | 'familyName' | 'displayName' | 'active'>;

const columns = {
  id: s.id,
  userName: s.userName,
  externalId: s.externalId,
  givenName: s.givenName,
  familyName: s.familyName,
  displayName: s.displayName,
  active: s.active,
  userId: s.userId,
  invitationId: s.invitationId,
  createdAccount: s.createdAccount,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
  memberRole: sql<OrgRole | null>`(select ${m.role} from ${m} where ${m.orgId} = scim_users.org_id and ${m.userId} = scim_users.user_id)`,
  invitationPending: sql<boolean>`exists (select 1 from ${inv} where ${inv.id} = scim_users.invitation_id and ${inv.status} = 'pending')`,
};

/** Adds the SCIM User; null when the organization already has one with that userName or externalId (the unique indexes decide, races included). */
export async function insertScimUser(tx: Tx, orgId: string, fields: ScimUserFields): Promise<{ id: string } | null> {
  const [row] = await tx
    .insert(s)
    .values({ orgId, ...fields })
    .onConflictDoNothing()
    .returning({ id: s.id });
  return row ?? null;
}

export async function findScimUser(executor: Executor, orgId: string, id: string): Promise<ScimUserRow | null> {
  const [row] = await executor
    .select(columns)
    .from(s)
    .where(and(eq(s.orgId, orgId), eq(s.id, id)));
  return row ?? null;
}

/** The SCIM User, locked for a change (a second change waits for this one); null when there is none. */
export async function lockScimUser(tx: Tx, orgId: string, id: string): Promise<ScimUserRow | null> {
  const [row] = await tx
    .select(columns)
    .from(s)
    .where(and(eq(s.orgId, orgId), eq(s.id, id)))
    .for('update', { of: s });
  return row ?? null;
}

/**
 * One page of the organization's SCIM Users matching `where` (built from a SCIM filter by lib/scim),
 * ordered by creation, with the number matching in all: one statement whatever the size.
 */
export async function listScimUsers(
  executor: Executor,
  orgId: string,
  where: SQL | undefined,
  page: { offset: number; count: number },
): Promise<{ total: number; rows: ScimUserRow[] }> {
  const rows = await executor
    .select({ ...columns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(s)
    .where(and(eq(s.orgId, orgId), where))
    .orderBy(asc(s.createdAt), asc(s.id))
    .offset(page.offset)
    .limit(page.count);
  if (rows.length > 0 || page.offset === 0) return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...row }) => row) };
  // Past the end: the total still has to be told.
  const [count] = await executor
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(s)
    .where(and(eq(s.orgId, orgId), where));
  return { total: count?.n ?? 0, rows: [] };
}

export async function updateScimUser(
  tx: Tx,
  orgId: string,
  id: string,
  values: Partial<ScimUserFields> & { userId?: string | null; invitationId?: string | null; createdAccount?: boolean },
): Promise<void> {
  await tx
    .update(s)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(s.orgId, orgId), eq(s.id, id)));
}

export async function deleteScimUser(tx: Tx, orgId: string, id: string): Promise<void> {
  await tx.delete(s).where(and(eq(s.orgId, orgId), eq(s.id, id)));
}
