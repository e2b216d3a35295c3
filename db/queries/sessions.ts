import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';

/** A session unused this long is over, as its cookie would be (Auth.js's default maxAge). */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
/** last_active_at is written at most this often per session, so pages stay free of writes. */
export const SESSION_TOUCH_INTERVAL_S = 5 * 60;

export type SessionDto = { id: string; userAgent: string | null; ip: string | null; createdAt: Date; lastActiveAt: Date };

const t = schema.userSessions;
const oldestAlive = () => sql`now() - make_interval(secs => ${SESSION_MAX_AGE_S})`;
/** The condition a session row meets while it is alive: used wherever a session is read. */
export const sessionAlive = () => gt(t.lastActiveAt, oldestAlive());

/** Records a new signed-in browser; its id goes into the session cookie. */
export async function insertSession(
  executor: Executor,
  userId: string,
  client: { userAgent: string | null; ip: string | null },
): Promise<string> {
  const id = randomBytes(24).toString('base64url');
  await executor.insert(t).values({ id, userId, userAgent: client.userAgent?.slice(0, 512) ?? null, ip: client.ip?.slice(0, 64) ?? null });
  // Sessions that ran out are dropped when their owner next signs in (the only place they could pile up).
  await executor.delete(t).where(and(eq(t.userId, userId), lt(t.lastActiveAt, oldestAlive())));
  return id;
}

/** The user's sessions that are still alive, most recently active first. */
export async function listSessions(executor: Executor, userId: string): Promise<SessionDto[]> {
  return executor
    .select({ id: t.id, userAgent: t.userAgent, ip: t.ip, createdAt: t.createdAt, lastActiveAt: t.lastActiveAt })
    .from(t)
    .where(and(eq(t.userId, userId), sessionAlive()))
    .orderBy(desc(t.lastActiveAt), t.id);
}

/** Whether the session is this user's and alive (for requests that skip the signed-in shell). */
export async function isSessionAlive(executor: Executor, userId: string, sessionId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.id, sessionId), eq(t.userId, userId), sessionAlive()))
    .limit(1);
  return Boolean(row);
}

/** Ends one of the user's sessions; false when it was not theirs or already over. */
export async function deleteSession(executor: Executor, userId: string, sessionId: string): Promise<boolean> {
  const gone = await executor
    .delete(t)
    .where(and(eq(t.id, sessionId), eq(t.userId, userId)))
    .returning({ id: t.id });
  return gone.length > 0;
}

/** Ends every session of the user but `keep` (none when it is null); returns how many ended. */
export async function deleteSessionsOf(executor: Executor, userId: string, keep: string | null): Promise<number> {
  const where = keep ? and(eq(t.userId, userId), ne(t.id, keep)) : eq(t.userId, userId);
  const gone = await executor.delete(t).where(where).returning({ id: t.id });
  return gone.length;
}

/** Marks the session active now (called at most every SESSION_TOUCH_INTERVAL_S per session). */
export async function touchSession(executor: Executor, sessionId: string): Promise<void> {
  await executor
    .update(t)
    .set({ lastActiveAt: sql`now()` })
    .where(eq(t.id, sessionId));
}
