import 'server-only';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { eq, lt } from 'drizzle-orm';
import { getDb, schema, type Executor } from '@/db';
import { ActionError } from '@/domain/errors';
import { envValue } from '@/lib/env';
import { deleteExpiredIdempotencyKeys } from '@/db/queries/api-idempotency';

/**
 * Every abuse limit in one table: what it counts, how many in what window, and the variable that
 * changes it. Counts live in PostgreSQL (rate-limiter-flexible's Drizzle store: one atomic upsert per
 * count), so every node shares them and concurrent requests cannot overshoot.
 */
export const LIMITS = {
  /** Failed sign-ins for one address, then that address is locked out until the window ends. */
  signInPerAccount: { points: 10, windowS: 15 * 60, env: 'LIMIT_SIGN_IN_PER_ACCOUNT' },
  /** Failed sign-ins from one IP address, whatever the account (password spraying). */
  signInPerIp: { points: 100, windowS: 15 * 60, env: 'LIMIT_SIGN_IN_PER_IP' },
  /** Sign-in links, password resets and verification emails sent to one address. */
  emailsPerAddress: { points: 5, windowS: 60 * 60, env: 'LIMIT_EMAILS_PER_ADDRESS' },
  /** Organizations one user may create. */
  organizationsPerUser: { points: 10, windowS: 24 * 60 * 60, env: 'LIMIT_ORGANIZATIONS_PER_USER' },
  /** Invitations one person may send, across every organization. */
  invitationsPerInviter: { points: 300, windowS: 60 * 60, env: 'LIMIT_INVITATIONS_PER_INVITER' },
  /** Invitations sent in one organization, by anyone. */
  invitationsPerOrganization: { points: 100, windowS: 60 * 60, env: 'LIMIT_INVITATIONS_PER_ORGANIZATION' },
  /**
   * Invitations an organization's identity provider sends (SCIM Users for addresses that already have an
   * account), counted apart from people's: an initial sync invites everyone who already uses Roster.
   */
  scimInvitationsPerOrganization: { points: 10_000, windowS: 60 * 60, env: 'LIMIT_SCIM_INVITATIONS_PER_ORGANIZATION' },
  /** API requests one token may make a minute. */
  apiRequestsPerToken: { points: 600, windowS: 60, env: 'LIMIT_API_REQUESTS_PER_TOKEN' },
  /** SCIM requests one organization's identity provider may make a minute (an initial sync sends one per user). */
  scimRequestsPerOrganization: { points: 6000, windowS: 60, env: 'LIMIT_SCIM_REQUESTS_PER_ORGANIZATION' },
} as const;

export type LimitName = keyof typeof LIMITS;

/** The limit's allowance: its variable when set to a positive whole number, else the default. */
export function limitPoints(name: LimitName): number {
  const raw = envValue(LIMITS[name].env);
  const value = raw && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return value > 0 ? value : LIMITS[name].points;
}

export type LimitCheck = { ok: true } | { ok: false; retryAfterS: number };

function limiter(name: LimitName, storeClient: Executor) {
  return new RateLimiterDrizzle({
    storeClient,
    schema: schema.rateLimits,
    keyPrefix: name,
    points: limitPoints(name),
    duration: LIMITS[name].windowS,
    // Its own sweep timer would outlive a discarded pool: startup.ts sweeps (deleteExpiredLimits).
    clearExpiredByTimeout: false,
  });
}

// Per database handle (a lost connection replaces the pool: db/index.ts discardPool) and allowance (a
// changed variable takes effect without a restart).
const shared = new WeakMap<Executor, Map<string, RateLimiterDrizzle>>();
async function sharedLimiter(name: LimitName) {
  const db = await getDb();
  let forDb = shared.get(db);
  if (!forDb) shared.set(db, (forDb = new Map()));
  const id = `${name}:${limitPoints(name)}`;
  let found = forDb.get(id);
  if (!found) forDb.set(id, (found = limiter(name, db)));
  return found;
}

/** Deletes counts whose window ended over an hour ago (every node may run it; it is idempotent). */
export async function deleteExpiredLimits(): Promise<void> {
  const db = await getDb();
  await db.delete(schema.rateLimits).where(lt(schema.rateLimits.expire, new Date(Date.now() - 60 * 60_000)));
  await deleteExpiredIdempotencyKeys(db);
}

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Whether `key` still has allowance left, without using any (a check before expensive work). */
export async function peekLimit(name: LimitName, key: string): Promise<LimitCheck> {
  const res = await (await sharedLimiter(name)).get(key);
  return res && res.consumedPoints >= limitPoints(name) ? { ok: false, retryAfterS: retryAfter(res) } : { ok: true };
}

/**
 * Uses `points` of `key`'s allowance, or refuses without using any. Given a transaction, the count is
 * written in it: the row stays locked until commit (concurrent senders wait their turn) and a change
 * that rolls back gives its points back.
 */
export async function consumeLimit(name: LimitName, key: string, points = 1, tx?: Executor): Promise<LimitCheck> {
  const store = tx ? limiter(name, tx) : await sharedLimiter(name);
  try {
    await store.consume(key, points);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    // Outside a transaction the refused points were still added: take them back so a refused batch
    // does not also eat the allowance of the next, smaller one.
    if (!tx) await store.reward(key, points).catch(() => {});
    return { ok: false, retryAfterS: retryAfter(error) };
  }
}

/** A request's count against its limit, for RateLimit headers: allowance, what is left, seconds to reset. */
export type LimitState = { ok: boolean; limit: number; remaining: number; resetS: number; windowS: number };

/**
 * Where a count written elsewhere stands against `name`'s allowance: the API counts a token's requests
 * in the statement that reads the token (db/queries/api-tokens.ts), in this limit's own row.
 */
export function allowanceAfter(name: LimitName, used: number, windowEndsMs: number): LimitState {
  const limit = limitPoints(name);
  return {
    ok: used <= limit,
    limit,
    remaining: Math.max(0, limit - used),
    resetS: Math.max(0, Math.ceil((windowEndsMs - Date.now()) / 1000)),
    windowS: LIMITS[name].windowS,
  };
}

/**
 * Points `key` has used in its current window, read with the caller's executor: inside a transaction
 * that just consumed, the count it holds locked. rate-limiter-flexible stores a count under
 * `<limit name>:<key>` (the limiter's keyPrefix).
 */
export async function limitPointsUsed(name: LimitName, key: string, executor: Executor): Promise<number> {
  const [row] = await executor
    .select({ points: schema.rateLimits.points })
    .from(schema.rateLimits)
    .where(eq(schema.rateLimits.key, `${name}:${key}`));
  return row?.points ?? 0;
}

/** Gives back points taken earlier (an attempt that turned out not to count). */
export async function rewardLimit(name: LimitName, key: string, points = 1): Promise<void> {
  await (await sharedLimiter(name)).reward(key, points);
}

/** Forgets `key`'s count (a successful sign-in clears the failures before it). */
export async function resetLimit(name: LimitName, key: string): Promise<void> {
  await (await sharedLimiter(name)).delete(key);
}

/** "in 3 minutes", "in 1 hour": when to try again, for messages. */
export function retryAfterText(seconds: number): string {
  if (seconds < 60) return `in ${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.ceil(minutes / 60);
  return `in ${hours} hour${hours === 1 ? '' : 's'}`;
}

/** Inside a transaction: uses the allowance or rolls the change back with a message saying when to retry. */
export async function requireAllowance(tx: Executor, name: LimitName, key: string, points: number, what: string): Promise<void> {
  const check = await consumeLimit(name, key, points, tx);
  if (!check.ok) {
    throw new ActionError('RATE_LIMITED', `${what} Try again ${retryAfterText(check.retryAfterS)}.`, undefined, check.retryAfterS);
  }
}
