import 'server-only';
import { cache } from 'react';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';

export type NotificationDto = {
  id: string;
  kind: string;
  orgId: string | null;
  invitationId: string | null;
  payload: Record<string, string>;
  read: boolean;
  createdAt: Date;
};

const BAR_SIZE = 20;

/**
 * The bar's latest notifications and the unread count in one query, once per request: the layout asks
 * for both, and React's `cache` hands the second call the first one's result. A fixed-size page, so its
 * cost never grows. The count rides on every row; no row means no notification at all, so none unread.
 */
const notificationBar = cache(async (executor: Executor, userId: string, limit: number) => {
  const n = schema.notifications;
  const rows = await executor
    .select({
      id: n.id, kind: n.kind, orgId: n.orgId, invitationId: n.invitationId, payload: n.payload, readAt: n.readAt, createdAt: n.createdAt,
      unread: sql<number>`(select count(*)::int from ${n} unread where unread.user_id = ${userId} and unread.read_at is null)`,
    })
    .from(n)
    .where(eq(n.userId, userId))
    .orderBy(desc(n.createdAt), desc(n.id))
    .limit(limit);
  return {
    unread: Number(rows[0]?.unread ?? 0),
    rows: rows.map(({ readAt, payload, unread: _unread, ...row }): NotificationDto => ({ ...row, payload: payload as Record<string, string>, read: readAt !== null })),
  };
});

/** The latest notifications for the bar. */
export async function listNotifications(executor: Executor, userId: string, limit = BAR_SIZE): Promise<NotificationDto[]> {
  return (await notificationBar(executor, userId, limit)).rows;
}

export async function countUnreadNotifications(executor: Executor, userId: string): Promise<number> {
  return (await notificationBar(executor, userId, BAR_SIZE)).unread;
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
