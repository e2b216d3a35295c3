import 'server-only';
import type { ReactElement } from 'react';
import { and, asc, eq, inArray, isNotNull, ne, not, or, sql, type SQL } from 'drizzle-orm';
import { render } from '@react-email/render';
import { Resend } from 'resend';
import { getDb, schema, type Executor } from '@/db';
import { envValue, resendApiKey, resendBaseUrl } from '@/lib/env';

export type QueuedEmail = { to: string; subject: string; template: string; element: ReactElement };

/**
 * Writes the email to the outbox with the caller's executor — inside the caller's transaction, so an
 * email exists exactly when the change that caused it committed. Delivery happens after commit.
 */
export async function queueEmail(executor: Executor, email: QueuedEmail): Promise<string> {
  const [html, text] = await Promise.all([render(email.element), render(email.element, { plainText: true })]);
  const [row] = await executor
    .insert(schema.emailOutbox)
    .values({ to: email.to.toLowerCase(), subject: email.subject, template: email.template, html, text })
    .returning({ id: schema.emailOutbox.id });
  return row!.id;
}

/** An email rendered by its caller (lib/email/invitation-email.ts renders a batch once), as the outbox stores it. */
export type RenderedEmail = { to: string; subject: string; template: string; html: string; text: string };

/** Rows one statement writes: a batch of 1,000 invitations costs four round trips, each of bounded size. */
const QUEUE_BATCH = 250;

/** Writes rendered emails to the outbox in the caller's transaction, as queueEmail; their ids and addresses. */
export async function queueRenderedEmails(executor: Executor, emails: RenderedEmail[]): Promise<Array<{ id: string; to: string }>> {
  const queued: Array<{ id: string; to: string }> = [];
  for (let start = 0; start < emails.length; start += QUEUE_BATCH) {
    const rows = await executor
      .insert(schema.emailOutbox)
      .values(emails.slice(start, start + QUEUE_BATCH))
      .returning({ id: schema.emailOutbox.id, to: schema.emailOutbox.to });
    queued.push(...rows);
  }
  return queued;
}

export function emailFrom(): string {
  return envValue('EMAIL_FROM') ?? 'Roster <onboarding@resend.dev>';
}

// ---------------------------------------------------------------- delivery and retries
//
// An attempt starts by *claiming* the row with one atomic UPDATE: status back to `queued`, attempts + 1,
// `last_attempt_at` = the attempt's clock. A claimed row counts as in flight for QUEUED_GRACE_MS, which is
// longer than SEND_TIMEOUT_MS, so no other node (sweeper or after-commit delivery) may claim it meanwhile;
// a node that crashes mid-send leaves it queued and it is retried once the grace has passed. Resend also
// gets the outbox id as its Idempotency-Key, so even a send whose answer was lost is not sent twice.

/** The first retry waits 1 minute, then 2, 4, 8 … minutes (RETRY_BASE_MS · 2^(attempts − 1)). */
export const RETRY_BASE_MS = 60_000;
/** The longest wait between two attempts. */
export const RETRY_MAX_DELAY_MS = 60 * 60_000;
/** Attempts in all (the first included); after the last failure the row stays `failed` for good. */
export const MAX_ATTEMPTS = 10;
/** A queued row this old whose after-commit delivery never ran (crash), or whose claim never ended, is due. */
export const QUEUED_GRACE_MS = 60_000;
/** One Resend request gives up after this long (well under QUEUED_GRACE_MS). */
export const SEND_TIMEOUT_MS = 20_000;
/** Rows one sweep sends at most (one after another, gentle on Resend's rate limit). */
export const SWEEP_LIMIT = 25;

const o = schema.emailOutbox;
const claimed = { id: o.id, to: o.to, subject: o.subject, html: o.html, text: o.text };
type Claimed = { id: string; to: string; subject: string; html: string; text: string };

/** Wait before the retry that follows `attempts` attempts (exported for tests and docs). */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.max(attempts - 1, 0), RETRY_MAX_DELAY_MS);
}

/** A point in time as a query parameter both drivers read alike. */
const ago = (now: Date, ms: number) => sql`${new Date(now.getTime() - ms).toISOString()}::timestamptz`;

/** Not in flight: anything unsent except a row claimed less than QUEUED_GRACE_MS ago. */
function claimable(now: Date): SQL {
  return and(
    ne(o.status, 'sent'),
    not(and(eq(o.status, 'queued'), isNotNull(o.lastAttemptAt), sql`${o.lastAttemptAt} > ${ago(now, QUEUED_GRACE_MS)}`)!),
  )!;
}

/** Due for the sweeper: failed and its backoff has passed, or queued and untouched for QUEUED_GRACE_MS. */
function due(now: Date): SQL {
  const since = sql`coalesce(${o.lastAttemptAt}, ${o.createdAt})`;
  const backoffSeconds = sql`least(${RETRY_BASE_MS / 1000} * power(2, greatest(${o.attempts} - 1, 0)), ${RETRY_MAX_DELAY_MS / 1000})`;
  return and(
    sql`${o.attempts} < ${MAX_ATTEMPTS}`,
    or(
      and(eq(o.status, 'queued'), sql`${since} <= ${ago(now, QUEUED_GRACE_MS)}`),
      and(eq(o.status, 'failed'), sql`${since} <= ${ago(now, 0)} - ${backoffSeconds} * interval '1 second'`),
    ),
  )!;
}

function claimChanges(now: Date) {
  return { status: 'queued', attempts: sql`${o.attempts} + 1`, lastAttemptAt: now };
}

/** Sends a claimed row and records the outcome; a row someone else already marked sent stays sent. */
async function sendClaimed(apiKey: string, email: Claimed): Promise<'sent' | 'failed'> {
  let error: string | null = null;
  let providerId: string | null = null;
  try {
    const baseUrl = resendBaseUrl();
    const result = await new Resend(apiKey, baseUrl ? { baseUrl } : undefined).emails.send(
      { from: emailFrom(), to: email.to, subject: email.subject, html: email.html, text: email.text },
      { idempotencyKey: `roster-outbox/${email.id}`, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
    );
    if (result.error) error = `${result.error.name}: ${result.error.message}`;
    else providerId = result.data?.id ?? null;
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause);
  }
  const db = await getDb();
  await db
    .update(o)
    .set({ status: error ? 'failed' : 'sent', lastError: error, providerId, sentAt: error ? null : new Date() })
    .where(and(eq(o.id, email.id), ne(o.status, 'sent')));
  return error ? 'failed' : 'sent';
}

/**
 * Sends one outbox email through Resend when RESEND_API_KEY is set; without it the email stays queued
 * and is read in /dev/mailbox. A failure is recorded on the row (status failed, error kept) and never
 * thrown: the change that queued it has already committed and must not be lost. A sent row is never
 * sent again, and a row another node is sending right now is left to it ('kept').
 */
export async function deliverEmail(id: string): Promise<'sent' | 'failed' | 'kept'> {
  const apiKey = resendApiKey();
  if (!apiKey) return 'kept';
  const db = await getDb();
  const now = new Date();
  const [email] = await db
    .update(o)
    .set(claimChanges(now))
    .where(and(eq(o.id, id), claimable(now)))
    .returning(claimed);
  if (!email) {
    const [row] = await db.select({ status: o.status }).from(o).where(eq(o.id, id));
    return !row || row.status === 'sent' ? 'sent' : 'kept';
  }
  return sendClaimed(apiKey, email);
}

/**
 * The retry sweeper: sends due rows one at a time, each claimed by an atomic
 * `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING`, so any number of stateless
 * nodes may sweep at once and never claim the same row. `now` is the sweep's clock (tests move it past
 * a backoff); `only` restricts the sweep to some outbox ids (tests sharing a database).
 */
export async function retryDueEmails(
  options: { now?: Date; limit?: number; only?: string[] } = {},
): Promise<{ sent: number; failed: number }> {
  const apiKey = resendApiKey();
  const outcome = { sent: 0, failed: 0 };
  if (!apiKey || options.only?.length === 0) return outcome;
  const now = options.now ?? new Date();
  const db = await getDb();
  for (let i = 0; i < (options.limit ?? SWEEP_LIMIT); i++) {
    const next = db
      .select({ id: o.id })
      .from(o)
      .where(and(due(now), options.only ? inArray(o.id, options.only) : undefined))
      .orderBy(asc(o.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    const [email] = await db.update(o).set(claimChanges(now)).where(inArray(o.id, next)).returning(claimed);
    if (!email) break;
    outcome[await sendClaimed(apiKey, email)] += 1;
  }
  return outcome;
}
