import 'server-only';
import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';
import { jsonArray } from '@/db/json';
import { statementOnce } from '@/db/statement-cache';
import { decodeCursor, decodeKeyCursor, encodeCursor, encodeKeyCursor } from '@/db/cursor';
import { lockOrganization } from './organizations';
import { inviterNameOr, inviterRoleNow } from './inviter-rights';
import { findMembers } from './member-selection';

import { PAGE_SIZE, type Page } from '@/db/paging';
import { likePattern } from '@/db/text';

export type MemberRow = {
  userId: string;
  name: string | null;
  email: string;
  role: OrgRole;
  joinedAt: Date;
  /** How many of the organization's teams they are in. */
  teams: number;
  /** Their most recent use of any signed-in session (null: none open). */
  lastActiveAt: Date | null;
};
export type PendingInvitationRow = {
  id: string;
  email: string;
  role: OrgRole;
  invitedBy: string | null;
  sentAt: Date;
  expiresAt: Date;
  expired: boolean;
  delivery: 'queued' | 'sent' | 'failed' | 'unknown';
  deliveryError: string | null;
  /** The sender's role in the organization now (null: no longer a member): needsResend() reads it. */
  inviterRole: string | null;
};

/** What narrows the members list: a search of name and email, one role, the page after a cursor. */
export type MemberListOptions = { q?: string; role?: OrgRole; after?: string; limit?: number };

/** The largest batch one read may ask for (the CSV export's). */
export const MAX_MEMBER_BATCH = 1000;

/** What shapes a list statement (which conditions it has) and the values bound to it. */
type ListShape = { search: boolean; cursor: boolean; role?: boolean };
type ListValues = {
  orgId: string;
  pattern?: string;
  role?: string;
  afterTs?: string;
  afterKey?: string;
  afterId?: string;
  /** Rows to read: the page and one more, to know whether a next page exists. */
  limit?: number;
};
type ListArguments = { shape: ListShape; values: ListValues; key: string };

function searchArguments(orgId: string, q: string | undefined): ListArguments {
  const search = Boolean(q?.trim());
  return { shape: { search, cursor: false }, values: search ? { orgId, pattern: likePattern(q!) } : { orgId }, key: search ? 's' : '' };
}

/** The members list's statement shape and values: keyset on (sort key, user id), optionally one role. */
function memberArguments(orgId: string, options: MemberListOptions): ListArguments {
  const { shape, values, key } = searchArguments(orgId, options.q);
  const cursor = decodeKeyCursor(options.after);
  if (cursor) [values.afterKey, values.afterId] = cursor;
  if (options.role) values.role = options.role;
  values.limit = pageSize(options) + 1;
  return {
    shape: { ...shape, cursor: Boolean(cursor), role: Boolean(options.role) },
    values,
    key: `${key}${cursor ? 'c' : ''}${options.role ? 'r' : ''}`,
  };
}

/** The pending list's: keyset on (created_at, id), newest first. */
function pendingArguments(orgId: string, options: { q?: string; after?: string }): ListArguments {
  const { shape, values, key } = searchArguments(orgId, options.q);
  const cursor = decodeCursor(options.after, { uuidId: true });
  if (cursor) [values.afterTs, values.afterId] = cursor;
  return { shape: { ...shape, cursor: Boolean(cursor) }, values, key: `${key}${cursor ? 'c' : ''}` };
}

const orgIdValue = sql.placeholder('orgId');
const patternValue = sql.placeholder('pattern');
const roleValue = sql.placeholder('role');
const afterTsValue = sql.placeholder('afterTs');
const afterKeyValue = sql.placeholder('afterKey');
const afterIdValue = sql.placeholder('afterId');

/**
 * The statement of one page of members in name order (one row more, to know whether a next page exists),
 * values as placeholders. A page reads one stretch of memberships_org_sort_idx (or _org_role_sort_idx);
 * the team count and last activity are worked out for the page's rows only, by index.
 */
function memberPageQuery(executor: Executor, shape: ListShape) {
  const m = schema.memberships;
  const u = schema.users;
  const conditions: SQL[] = [eq(m.orgId, orgIdValue)];
  if (shape.role) conditions.push(sql`${m.role} = ${roleValue}`);
  if (shape.cursor) conditions.push(sql`(${m.sortKey}, ${m.userId}) > (${afterKeyValue}, ${afterIdValue})`);
  if (shape.search) conditions.push(or(ilike(u.email, patternValue), ilike(sql`coalesce(${u.name}, '')`, patternValue))!);
  return executor
    .select({
      userId: m.userId,
      name: u.name,
      email: u.email,
      role: m.role,
      joinedAt: m.createdAt,
      sortKey: m.sortKey,
      teams: sql<number>`(select count(*)::int from ${schema.teamMembers} tm where tm.org_id = ${m.orgId} and tm.user_id = ${m.userId})`.as(
        'teams',
      ),
      lastActiveAt: sql<Date | null>`(select max(s.last_active_at) from ${schema.userSessions} s where s.user_id = ${m.userId})`
        .mapWith(schema.userSessions.lastActiveAt)
        .as('last_active_at'),
    })
    .from(m)
    .innerJoin(u, eq(u.id, m.userId))
    .where(and(...conditions))
    .orderBy(asc(m.sortKey), asc(m.userId))
    .limit(sql.placeholder('limit'));
}

type MemberPageRow = MemberRow & { sortKey: string };

const pageSize = (options: MemberListOptions) => Math.min(Math.max(1, Math.trunc(options.limit ?? PAGE_SIZE)), MAX_MEMBER_BATCH);

function memberPage(rows: MemberPageRow[], size: number): Page<MemberRow> {
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return {
    rows: page.map(({ sortKey: _key, ...row }) => row),
    nextCursor: rows.length > size && last ? encodeKeyCursor(last.sortKey, last.userId) : null,
  };
}

/** One page of members, by name then email; one query whatever the organization's size. */
export async function listMembers(executor: Executor, orgId: string, options: MemberListOptions): Promise<Page<MemberRow>> {
  const { shape, values, key } = memberArguments(orgId, options);
  const statement = statementOnce(executor, `members-page:${key}`, () => memberPageQuery(executor, shape).prepare(`members_page_${key}`));
  return memberPage(await statement.execute(values), pageSize(options));
}

/** The statement of one page of pending invitations (one row more, to know whether a next page exists), values as placeholders. */
function pendingPageQuery(executor: Executor, shape: ListShape) {
  const i = schema.invitations;
  const conditions: SQL[] = [eq(i.orgId, orgIdValue), eq(i.status, 'pending')];
  if (shape.cursor) conditions.push(sql`(${i.createdAt}, ${i.id}) < (${afterTsValue}::timestamptz, ${afterIdValue}::uuid)`);
  if (shape.search) conditions.push(ilike(i.email, patternValue));
  return executor
    .select({
      id: i.id,
      email: i.email,
      role: i.role,
      invitedBy: inviterNameOr(schema.users.name).as('invited_by_name'),
      sentAt: i.lastSentAt,
      expiresAt: i.expiresAt,
      delivery: schema.emailOutbox.status,
      deliveryError: schema.emailOutbox.lastError,
      createdAt: i.createdAt,
      ts: sql<string>`${i.createdAt}::text`.as('ts'),
      inviterRole: inviterRoleNow.as('inviter_role'),
    })
    .from(i)
    .leftJoin(schema.users, eq(schema.users.id, i.invitedBy))
    .leftJoin(schema.emailOutbox, eq(schema.emailOutbox.id, i.lastEmailId))
    .where(and(...conditions))
    .orderBy(desc(i.createdAt), desc(i.id))
    .limit(PAGE_SIZE + 1);
}

type PendingPageRow = {
  id: string;
  email: string;
  role: OrgRole;
  invitedBy: string | null;
  sentAt: Date;
  expiresAt: Date;
  delivery: string | null;
  deliveryError: string | null;
  createdAt: Date;
  ts: string;
  inviterRole: string | null;
};

function pendingPage(rows: PendingPageRow[]): Page<PendingInvitationRow> {
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  const now = Date.now();
  return {
    rows: page.map(({ ts: _ts, createdAt: _createdAt, ...row }) => ({
      ...row,
      expired: row.expiresAt.getTime() <= now,
      delivery: (row.delivery ?? 'unknown') as PendingInvitationRow['delivery'],
    })),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last.ts, last.id) : null,
  };
}

/** Pending invitations (expired ones included, flagged), newest first, with the last email's delivery status. */
export async function listPendingInvitations(
  executor: Executor,
  orgId: string,
  options: { q?: string; after?: string },
): Promise<Page<PendingInvitationRow>> {
  const { shape, values, key } = pendingArguments(orgId, options);
  const statement = statementOnce(executor, `pending-page:${key}`, () => pendingPageQuery(executor, shape).prepare(`pending_page_${key}`));
  return pendingPage(await statement.execute(values));
}

/** The members tab's statement: the organization's counts with a page of members as one json column. */
function membersTabQuery(executor: Executor, shape: ListShape) {
  const c = schema.orgCounts;
  const p = memberPageQuery(executor, shape).as('page');
  // The page as one json column, not 51 rows: the driver parses one JSON text instead of 51 rows of 8
  // fields and drizzle maps one row (`npm run bench` found its per-field mapping in every request's profile).
  return executor
    .select({
      members: c.members,
      pending: c.pendingInvitations,
      page: sql<MemberJson[] | string>`coalesce((
        select json_agg(json_build_object('userId', page.user_id, 'name', page.name, 'email', page.email, 'role', page.role,
          'joinedAt', page.created_at, 'sortKey', page.sort_key, 'teams', page.teams, 'lastActiveAt', page.last_active_at)
          order by page.sort_key, page.user_id)
        from ${p}), '[]'::json)`,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(c, eq(c.orgId, orgIdValue));
}

type MemberJson = Omit<MemberPageRow, 'joinedAt' | 'lastActiveAt'> & { joinedAt: string; lastActiveAt: string | null };

/** The pending tab's statement: a page of pending invitations joined laterally to the organization's counts. */
function pendingTabQuery(executor: Executor, shape: ListShape) {
  const c = schema.orgCounts;
  const p = pendingPageQuery(executor, shape).as('page');
  return executor
    .select({
      members: c.members,
      pending: c.pendingInvitations,
      id: p.id,
      email: p.email,
      role: p.role,
      invitedBy: p.invitedBy,
      sentAt: p.sentAt,
      expiresAt: p.expiresAt,
      delivery: p.delivery,
      deliveryError: p.deliveryError,
      createdAt: p.createdAt,
      ts: p.ts,
      inviterRole: p.inviterRole,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(c, eq(c.orgId, orgIdValue))
    .leftJoinLateral(p, sql`true`)
    .orderBy(desc(p.createdAt), desc(p.id));
}

/**
 * The members page's data in one round trip: one page of the active tab's list with the organization's
 * counts (org_counts, kept by triggers). A row of counts always comes back: the members tab carries its
 * page as one json column (empty array when empty), the pending tab joins its page laterally (its
 * columns null when empty). `npm run bench`: each round trip costs the server a write to PostgreSQL
 * and a parse of the answer, a few percent of a page.
 */
export async function membersTab(executor: Executor, orgId: string, tab: 'members' | 'pending', options: MemberListOptions) {
  if (tab === 'members') {
    const { shape, values, key } = memberArguments(orgId, options);
    const statement = statementOnce(executor, `members-tab:${key}`, () => membersTabQuery(executor, shape).prepare(`members_tab_${key}`));
    const [row] = await statement.execute(values);
    const page = jsonArray(row?.page);
    return {
      counts: { members: row?.members ?? 0, pending: row?.pending ?? 0 },
      members: memberPage(
        page.map((member) => ({
          ...member,
          joinedAt: new Date(member.joinedAt),
          lastActiveAt: member.lastActiveAt === null ? null : new Date(member.lastActiveAt),
        })),
        pageSize(options),
      ),
      pending: { rows: [], nextCursor: null } as Page<PendingInvitationRow>,
    };
  }
  const { shape, values, key } = pendingArguments(orgId, options);
  const statement = statementOnce(executor, `pending-tab:${key}`, () => pendingTabQuery(executor, shape).prepare(`pending_tab_${key}`));
  const rows = await statement.execute(values);
  return {
    counts: { members: rows[0]?.members ?? 0, pending: rows[0]?.pending ?? 0 },
    members: { rows: [], nextCursor: null } as Page<MemberRow>,
    pending: pendingPage(
      rows.filter((r): r is typeof r & PendingPageRow => r.id !== null).map(({ members: _m, pending: _p, ...row }) => row),
    ),
  };
}

/** Both tab counts in one query. */
export async function countMembersAndPending(executor: Executor, orgId: string): Promise<{ members: number; pending: number }> {
  // Kept by triggers (migration 0009): two integers whatever the organization's size.
  const [row] = await executor
    .select({ members: schema.orgCounts.members, pending: schema.orgCounts.pendingInvitations })
    .from(schema.orgCounts)
    .where(eq(schema.orgCounts.orgId, orgId));
  return { members: row?.members ?? 0, pending: row?.pending ?? 0 };
}

/**
 * Locks the organization (membership changes queue behind each other, so two Admins demoting each
 * other at once see each other's change) and the member's row; null when they are not a member.
 */
export async function lockMembershipForChange(tx: Tx, orgId: string, userId: string) {
  await lockOrganization(tx, orgId);
  const [target] = await tx
    .select({ role: schema.memberships.role, email: schema.users.email, orgName: schema.organizations.name })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.memberships.orgId))
    .where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, userId)))
    .for('update', { of: schema.memberships });
  return target ?? null;
}

export async function setMemberRole(tx: Tx, orgId: string, userId: string, role: OrgRole): Promise<void> {
  await tx
    .update(schema.memberships)
    .set({ role })
    .where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, userId)));
}

export async function deleteMembership(tx: Tx, orgId: string, userId: string): Promise<void> {
  await tx.delete(schema.memberships).where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, userId)));
}

export type Member = Pick<MemberRow, 'userId' | 'name' | 'email' | 'role' | 'joinedAt'>;

export async function findMember(executor: Executor, orgId: string, userId: string): Promise<Member | null> {
  const [member] = await findMembers(executor, orgId, [userId]);
  return member ?? null;
}

/**
 * The user's role in the organization, held (FOR SHARE) until the transaction ends, so a concurrent role
 * change or removal waits for the work done under this role; null if not a member.
 */
export async function lockMemberRole(tx: Tx, orgId: string, userId: string): Promise<OrgRole | null> {
  const m = schema.memberships;
  const [membership] = await tx
    .select({ role: m.role })
    .from(m)
    .where(and(eq(m.orgId, orgId), eq(m.userId, userId)))
    .for('share');
  return membership?.role ?? null;
}
