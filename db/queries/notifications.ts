import 'server-only';
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { schema, type Executor } from '@/db';

export async function countUnreadNotifications(executor: Executor, userId: string): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(schema.notifications)
    .where(and(eq(schema.notifications.userId, userId), isNull(schema.notifications.readAt)));
  return Number(row?.n ?? 0);
}

export type NotificationDto = {
  id: string;
  kind: string;
  orgId: string | null;
  invitationId: string | null;
  payload: Record<string, string>;
  read: boolean;
  createdAt: Date;
};

/** The latest notifications for the bar; a fixed-size page, so its cost never grows. */
export async function listNotifications(executor: Executor, userId: string, limit = 20): Promise<NotificationDto[]> {
  const n = schema.notifications;
  const rows = await executor
    .select({ id: n.id, kind: n.kind, orgId: n.orgId, invitationId: n.invitationId, payload: n.payload, readAt: n.readAt, createdAt: n.createdAt })
    .from(n)
    .where(eq(n.userId, userId))
    .orderBy(desc(n.createdAt), desc(n.id))
    .limit(limit);
  return rows.map(({ readAt, payload, ...row }) => ({ ...row, payload: payload as Record<string, string>, read: readAt !== null }));
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
