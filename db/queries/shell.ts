import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { jsonArray } from '@/db/json';
import { statementOnce } from '@/db/statement-cache';
import type { OrgRole } from '@/lib/permissions';
import type { OrganizationListItem } from './organizations';
import type { UserDto } from './users';
import { SESSION_MAX_AGE_S, SESSION_TOUCH_INTERVAL_S, touchSession } from './sessions';

/**
 * What every signed-in page shows around its content: the user, their workspaces, the notification
 * bar's unread count (the bar loads its list when opened: listLatestNotifications).
 */
export type SignedInShell = { user: UserDto; organizations: Array<Omit<OrganizationListItem, 'memberCount'>>; unread: number };

type OrganizationJson = { id: string; name: string; billingEmail: string; role: OrgRole; joinedAt: string };

/**
 * A signed-in page's first read, in one round trip whatever the number of organizations or
 * notifications: the session's user (null when the account is gone), their organizations with the role
 * in each (in listOrganizationsForUser's order, without member counts) and the count of unread
 * notifications. `npm run bench` counted a round trip as a fifth of a page's database cost. The session
 * row is checked in the same statement (a revoked session is refused on its next request); its last
 * activity is written only every few minutes.
 */
export async function loadSignedInShell(executor: Executor, userId: string, sessionId: string): Promise<SignedInShell | null> {
  const statement = statementOnce(executor, 'signed-in-shell', () => shellQuery(executor).prepare('signed_in_shell'));
  const [row] = await statement.execute({ userId, sessionId });
  // No row: the account is gone, or this session was signed out, revoked or ran out.
  if (!row || row.idleSeconds === null || Number(row.idleSeconds) >= SESSION_MAX_AGE_S) return null;
  if (Number(row.idleSeconds) >= SESSION_TOUCH_INTERVAL_S) {
    await touchSession(executor, sessionId);
  }
  return {
    user: { id: row.id, name: row.name, email: row.email, emailVerified: row.verified },
    organizations: jsonArray(row.organizations).map((org) => ({ ...org, joinedAt: new Date(org.joinedAt) })),
    unread: Number(row.unread),
  };
}

/** The shell's statement, its values as placeholders (built once: db/statement-cache.ts). */
function shellQuery(executor: Executor) {
  const u = schema.users;
  const userId = sql.placeholder('userId');
  const sessionId = sql.placeholder('sessionId');
  return executor
    .select({
      id: u.id,
      idleSeconds: sql<number | string | null>`(select extract(epoch from now() - s.last_active_at)
        from ${schema.userSessions} s where s.id = ${sessionId} and s.user_id = ${userId})`,
      name: u.name,
      email: u.email,
      verified: sql<boolean>`${u.emailVerified} is not null`,
      organizations: sql<OrganizationJson[] | string>`coalesce((
        select json_agg(json_build_object('id', o.id, 'name', o.name, 'billingEmail', o.billing_email, 'role', m.role, 'joinedAt', m.created_at)
          order by lower(o.name), o.id)
        from ${schema.memberships} m join ${schema.organizations} o on o.id = m.org_id
        where m.user_id = ${userId}), '[]'::json)`,
      // Invitations count only while the address is proven, as the bar lists them (listLatestNotifications).
      unread: sql<number>`(select count(*)::int from ${schema.notifications} unread where unread.user_id = ${userId} and unread.read_at is null
        and (unread.invitation_id is null or ${u.emailVerified} is not null))`,
    })
    .from(u)
    .where(eq(u.id, userId))
    .limit(1);
}
