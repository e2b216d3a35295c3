import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
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
