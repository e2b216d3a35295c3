import 'server-only';
import { and, count, eq, isNull } from 'drizzle-orm';
import { schema, type Executor } from '@/db';

export async function countUnreadNotifications(executor: Executor, userId: string): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(schema.notifications)
    .where(and(eq(schema.notifications.userId, userId), isNull(schema.notifications.readAt)));
  return Number(row?.n ?? 0);
}
