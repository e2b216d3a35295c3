import 'server-only';
import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { inviterRoleNow } from './inviter-rights';
import { inviterMayGrant } from '@/lib/permissions';

export type NotificationDto = {
  id: string;
  kind: string;
  orgId: string | null;
  invitationId: string | null;
  payload: Record<string, string>;
  read: boolean;
  createdAt: Date;
  /** On an invitation whose sender can no longer grant its role: it cannot be accepted until resent. */
  invitationVoid?: true;
};

type NotificationValues = { userId: string; orgId?: string | null; kind: string; payload: Record<string, string> };

/** Puts notices in users' notification bars (in the caller's transaction), one statement for any number. */
export async function insertNotification(executor: Executor, values: NotificationValues | NotificationValues[]): Promise<void> {
  const rows = Array.isArray(values) ? values : [values];
  if (rows.length > 0) await executor.insert(schema.notifications).values(rows);
}

export type InvitationNotice = { userId: string; orgId: string; invitationId: string; payload: Record<string, string> };

/** Puts invitations in their invitees' bars, each replacing the one its invitation had (a resent invitation is not shown twice). */
export async function replaceInvitationNotifications(executor: Executor, notices: ReadonlyArray<InvitationNotice>): Promise<void> {
  if (notices.length === 0) return;
  await executor.delete(schema.notifications).where(
    inArray(
      schema.notifications.invitationId,
      notices.map((n) => n.invitationId),
    ),
  );
  await executor.insert(schema.notifications).values(notices.map((notice) => ({ ...notice, kind: 'invitation' })));
}

/** Takes an invitation out of its invitee's bar (rescinded). */
export async function deleteInvitationNotification(executor: Executor, invitationId: string): Promise<void> {
  await executor.delete(schema.notifications).where(eq(schema.notifications.invitationId, invitationId));
}

/**
 * An answered invitation stays in its invitee's bar as a read trace of the answer ("Accepted" or
 * "Declined"), no longer tied to the invitation: nothing is left to act on.
 */
export async function settleInvitationNotification(
  executor: Executor,
  invitationId: string,
  answer: 'accepted' | 'declined',
): Promise<void> {
  const n = schema.notifications;
  await executor
    .update(n)
    .set({
      kind: 'invitation_answered',
      invitationId: null,
      readAt: sql`coalesce(${n.readAt}, now())`,
      payload: sql`${n.payload} || ${JSON.stringify({ answer })}::jsonb`,
    })
    .where(eq(n.invitationId, invitationId));
}

/** Marks the given notifications (or all) of this user read; another user's ids are ignored. */
export async function markNotificationsRead(executor: Executor, userId: string, ids?: string[]): Promise<number> {
  const n = schema.notifications;
  const updated = await executor
    .update(n)
    .set({ readAt: new Date() })
    .where(and(eq(n.userId, userId), isNull(n.readAt), ids ? inArray(n.id, ids) : undefined))
    .returning({ id: n.id });
  return updated.length;
}

/** How many notifications the bar shows: the latest ones; older ones have been answered or read long ago. */
const NOTIFICATION_BAR_SIZE = 20;

/**
 * The notification bar's list, newest first, loaded when the bar is opened (not with every page: the
 * pages only show the unread count, from the signed-in shell). Invitations are shown only while the
 * account's address is proven: an address someone merely typed in must not receive them.
 */
export async function listLatestNotifications(
  executor: Executor,
  userId: string,
  limit = NOTIFICATION_BAR_SIZE,
): Promise<NotificationDto[]> {
  const n = schema.notifications;
  const i = schema.invitations;
  const rows = await executor
    .select({
      id: n.id,
      kind: n.kind,
      orgId: n.orgId,
      invitationId: n.invitationId,
      payload: n.payload,
      read: sql<boolean>`${n.readAt} is not null`,
      createdAt: n.createdAt,
      invitationRole: i.role,
      inviterRole: inviterRoleNow,
    })
    .from(n)
    .innerJoin(schema.users, eq(schema.users.id, n.userId))
    .leftJoin(i, eq(i.id, n.invitationId))
    .where(and(eq(n.userId, userId), or(isNull(n.invitationId), isNotNull(schema.users.emailVerified))))
    .orderBy(desc(n.createdAt), desc(n.id))
    .limit(limit);
  // The column is jsonb without a declared type; notifications are only ever written with string payloads.
  return rows.map(({ invitationRole, inviterRole, ...row }) => ({
    ...(row as Omit<NotificationDto, 'invitationVoid'>),
    ...(invitationRole && !inviterMayGrant(inviterRole, invitationRole) ? { invitationVoid: true as const } : {}),
  }));
}
