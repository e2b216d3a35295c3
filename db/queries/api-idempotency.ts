import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';

export type StoredAnswer = { requestHash: string; status: number; body: unknown; location: string | null };

/**
 * Takes `key` for this request, in the write's transaction: true when it is new (or its 24 hours are
 * over), else the answer stored for it. A concurrent request with the same key waits here until the
 * first commits (and then reads its answer) or rolls back (and then takes the key itself).
 */
export async function claimIdempotencyKey(tx: Tx, tokenId: string, key: string, requestHash: string): Promise<true | StoredAnswer> {
  const k = schema.apiIdempotencyKeys;
  const claimed = await tx
    .insert(k)
    .values({ tokenId, key, requestHash, status: 0 })
    .onConflictDoUpdate({
      target: [k.tokenId, k.key],
      set: { requestHash, status: 0, body: null, location: null, createdAt: sql`now()` },
      setWhere: lt(k.createdAt, sql`now() - interval '24 hours'`),
    })
    .returning({ tokenId: k.tokenId });
  if (claimed.length > 0) return true;
  const [stored] = await tx
    .select({ requestHash: k.requestHash, status: k.status, body: k.body, location: k.location })
    .from(k)
    .where(and(eq(k.tokenId, tokenId), eq(k.key, key)));
  return stored!;
}

export async function saveIdempotentAnswer(tx: Tx, tokenId: string, key: string, answer: Omit<StoredAnswer, 'requestHash'>): Promise<void> {
  const k = schema.apiIdempotencyKeys;
  await tx
    .update(k)
    .set({ status: answer.status, body: answer.body ?? null, location: answer.location })
    .where(and(eq(k.tokenId, tokenId), eq(k.key, key)));
}

/** Deletes answers older than their 24 hours (every node may run it; it is idempotent). */
export async function deleteExpiredIdempotencyKeys(executor: Executor): Promise<void> {
  await executor.delete(schema.apiIdempotencyKeys).where(lt(schema.apiIdempotencyKeys.createdAt, sql`now() - interval '24 hours'`));
}
