import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import type { Member } from './members';

/** The members among `userIds` (anyone not a member is left out), for commands on several at once. */
export async function findMembers(executor: Executor, orgId: string, userIds: readonly string[]): Promise<Member[]> {
  if (userIds.length === 0) return [];
  const m = schema.memberships;
  const u = schema.users;
  return executor
    .select({ userId: m.userId, name: u.name, email: u.email, role: m.role, joinedAt: m.createdAt })
    .from(m)
    .innerJoin(u, eq(u.id, m.userId))
    .where(and(eq(m.orgId, orgId), inArray(m.userId, [...userIds])))
    .orderBy(m.sortKey, m.userId);
}
