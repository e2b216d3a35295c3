import 'server-only';
import { desc, eq, lt, and, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';

const c = schema.scimConnections;
const r = schema.scimRequests;

/** Requests kept per organization for the provisioning page's log. */
export const SCIM_REQUESTS_KEPT = 200;

export type ScimConnection = {
  orgId: string;
  hint: string;
  defaultRole: OrgRole;
  createdAt: Date;
  tokenCreatedAt: Date;
  lastRequestAt: Date | null;
};

const columns = {
  orgId: c.orgId,
  hint: c.hint,
  defaultRole: c.defaultRole,
  createdAt: c.createdAt,
  tokenCreatedAt: c.tokenCreatedAt,
  lastRequestAt: c.lastRequestAt,
};

export async function findScimConnection(executor: Executor, orgId: string): Promise<ScimConnection | null> {
  const [row] = await executor.select(columns).from(c).where(eq(c.orgId, orgId));
  return row ?? null;
}

/**
 * The connection a SCIM request's bearer token opens; null for any other token. Its last request time is
 * written at most once a minute: an initial sync sends thousands of requests, and each would otherwise
 * queue on this one row behind the commands that share-lock it.
 */
export async function findScimConnectionByToken(executor: Executor, tokenHash: string): Promise<ScimConnection | null> {
  const [row] = await executor.select(columns).from(c).where(eq(c.tokenHash, tokenHash));
  if (row && (!row.lastRequestAt || Date.now() - row.lastRequestAt.getTime() > 60_000)) {
    await executor
      .update(c)
      .set({ lastRequestAt: sql`now()` })
      .where(and(eq(c.tokenHash, tokenHash), sql`(${c.lastRequestAt} is null or ${c.lastRequestAt} < now() - interval '1 minute')`));
  }
  return row ?? null;
}

/** Turns provisioning on with a new token, or gives the connection a new token (the old one stops at once). */
export async function upsertScimConnection(
  tx: Tx,
  orgId: string,
  values: { tokenHash: string; hint: string; createdBy: string },
): Promise<void> {
  await tx
    .insert(c)
    .values({ orgId, ...values })
    .onConflictDoUpdate({ target: c.orgId, set: { tokenHash: values.tokenHash, hint: values.hint, tokenCreatedAt: sql`now()` } });
}

export async function setScimDefaultRole(tx: Tx, orgId: string, role: OrgRole): Promise<boolean> {
  const rows = await tx.update(c).set({ defaultRole: role }).where(eq(c.orgId, orgId)).returning({ orgId: c.orgId });
  return rows.length > 0;
}

export async function deleteScimConnection(tx: Tx, orgId: string): Promise<boolean> {
  const rows = await tx.delete(c).where(eq(c.orgId, orgId)).returning({ orgId: c.orgId });
  return rows.length > 0;
}

/**
 * SCIM's right to grant a role to an invitation it sent: an Admin's while the connection stands. The row
 * is share-locked, so turning provisioning off waits for an accept in flight (or the accept sees it gone).
 */
export async function lockScimGrant(tx: Tx, orgId: string): Promise<OrgRole | null> {
  const [row] = await tx.select({ orgId: c.orgId }).from(c).where(eq(c.orgId, orgId)).for('share');
  return row ? 'admin' : null;
}

export type ScimRequestRow = { id: number; at: Date; method: string; path: string; status: number; detail: string | null };

/** Records one request, and forgets those beyond the newest SCIM_REQUESTS_KEPT of the organization. */
export async function recordScimRequest(executor: Executor, orgId: string, request: Omit<ScimRequestRow, 'id' | 'at'>): Promise<void> {
  const [row] = await executor
    .insert(r)
    .values({ orgId, ...request })
    .returning({ id: r.id });
  // Pruned now and then rather than on every request: ids rise, so everything below the cut-off is older.
  if (row && row.id % 50 === 0) {
    const cutoff = sql`(select ${r.id} from ${r} where ${r.orgId} = ${orgId} order by ${r.id} desc offset ${SCIM_REQUESTS_KEPT} limit 1)`;
    await executor.delete(r).where(and(eq(r.orgId, orgId), lt(r.id, cutoff)));
  }
}

export async function listScimRequests(executor: Executor, orgId: string, limit = 50): Promise<ScimRequestRow[]> {
  return executor
    .select({ id: r.id, at: r.at, method: r.method, path: r.path, status: r.status, detail: r.detail })
    .from(r)
    .where(eq(r.orgId, orgId))
    .orderBy(desc(r.id))
    .limit(limit);
}
