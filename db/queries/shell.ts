import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { statementOnce } from '@/db/statement-cache';
import type { OrgRole } from '@/lib/permissions';
import type { NotificationDto } from './notifications';
import type { OrganizationListItem } from './organizations';
import type { UserDto } from './users';

/** What every signed-in page shows around its content: the user, their workspaces, the notification bar. */
export type SignedInShell = { user: UserDto; organizations: Array<Omit<OrganizationListItem, 'memberCount'>>; notifications: NotificationDto[]; unread: number };

const NOTIFICATION_BAR_SIZE = 20;

type OrganizationJson = { id: string; name: string; billingEmail: string; role: OrgRole; joinedAt: string };
type NotificationJson = Omit<NotificationDto, 'createdAt'> & { createdAt: string };

/** Drivers hand json back parsed (postgres.js, PGlite); a string is parsed here all the same. */
function parsed<T>(value: T[] | string): T[] {
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}

/**
 * A signed-in page's first read, in one round trip whatever the number of organizations or
 * notifications: the session's user (null when the account is gone), their organizations with the role
 * in each (in listOrganizationsForUser's order, without member counts), the bar's latest notifications
 * and the unread count. `npm run bench` counted a round trip as a fifth of a page's database cost.
 */
export async function loadSignedInShell(executor: Executor, userId: string, notificationLimit = NOTIFICATION_BAR_SIZE): Promise<SignedInShell | null> {
  const statement = statementOnce(executor, 'signed-in-shell', () => shellQuery(executor).prepare('signed_in_shell'));
  const [row] = await statement.execute({ userId, notificationLimit });
  if (!row) return null;
  return {
    user: { id: row.id, name: row.name, email: row.email, emailVerified: row.verified },
    organizations: parsed(row.organizations).map((org) => ({ ...org, joinedAt: new Date(org.joinedAt) })),
    notifications: parsed(row.notifications).map((n) => ({ ...n, createdAt: new Date(n.createdAt) })),
    unread: Number(row.unread),
  };
}

/** The shell's statement, its values as placeholders (built once: db/statement-cache.ts). */
function shellQuery(executor: Executor) {
  const u = schema.users;
  const userId = sql.placeholder('userId');
  const notificationLimit = sql.placeholder('notificationLimit');
  return executor
    .select({
      id: u.id,
      name: u.name,
      email: u.email,
      verified: sql<boolean>`${u.emailVerified} is not null`,
      organizations: sql<OrganizationJson[] | string>`coalesce((
        select json_agg(json_build_object('id', o.id, 'name', o.name, 'billingEmail', o.billing_email, 'role', m.role, 'joinedAt', m.created_at)
          order by lower(o.name), o.id)
        from ${schema.memberships} m join ${schema.organizations} o on o.id = m.org_id
        where m.user_id = ${userId}), '[]'::json)`,
      notifications: sql<NotificationJson[] | string>`coalesce((
        select json_agg(json_build_object('id', n.id, 'kind', n.kind, 'orgId', n.org_id, 'invitationId', n.invitation_id,
          'payload', n.payload, 'read', n.read_at is not null, 'createdAt', n.created_at) order by n.created_at desc, n.id desc)
        from (select * from ${schema.notifications} latest where latest.user_id = ${userId}
              order by latest.created_at desc, latest.id desc limit ${notificationLimit}) n), '[]'::json)`,
      unread: sql<number>`(select count(*)::int from ${schema.notifications} unread where unread.user_id = ${userId} and unread.read_at is null)`,
    })
    .from(u)
    .where(eq(u.id, userId))
    .limit(1);
}
