import 'server-only';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';

/** Neither revoked nor expired. */
const isLive = () =>
  and(isNull(schema.apiTokens.revokedAt), or(isNull(schema.apiTokens.expiresAt), sql`${schema.apiTokens.expiresAt} > now()`));

export type NewApiToken = {
  kind: 'personal' | 'organization';
  orgId: string;
  userId: string | null;
  createdBy: string;
  name: string;
  tokenHash: string;
  hint: string;
  scopes: string[];
  role: OrgRole | null;
  expiresAt: Date | null;
};

export async function insertApiToken(tx: Tx, token: NewApiToken): Promise<{ id: string }> {
  const [row] = await tx.insert(schema.apiTokens).values(token).returning({ id: schema.apiTokens.id });
  return row!;
}

export type PersonalTokenRow = {
  id: string;
  name: string;
  orgId: string;
  orgName: string;
  hint: string;
  scopes: string[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
  createdAt: Date;
};

/** A person's tokens, newest first (at most 100: the page lists them all). */
export async function listPersonalTokens(executor: Executor, userId: string): Promise<PersonalTokenRow[]> {
  const t = schema.apiTokens;
  return executor
    .select({
      id: t.id,
      name: t.name,
      orgId: t.orgId,
      orgName: schema.organizations.name,
      hint: t.hint,
      scopes: t.scopes,
      expiresAt: t.expiresAt,
      lastUsedAt: t.lastUsedAt,
      lastUsedIp: t.lastUsedIp,
      revokedAt: t.revokedAt,
      createdAt: t.createdAt,
    })
    .from(t)
    .innerJoin(schema.organizations, eq(schema.organizations.id, t.orgId))
    .where(and(eq(t.userId, userId), eq(t.kind, 'personal')))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(100);
}

export async function countLivePersonalTokens(executor: Executor, userId: string): Promise<number> {
  const t = schema.apiTokens;
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(t)
    .where(and(eq(t.userId, userId), isLive()));
  return Number(row?.n ?? 0);
}

/** A person's own token, locked (a revoke and a use cannot interleave); null when it is not theirs. */
export async function lockPersonalToken(tx: Tx, userId: string, tokenId: string) {
  const t = schema.apiTokens;
  const [row] = await tx
    .select({ name: t.name, orgId: t.orgId, kind: t.kind, revokedAt: t.revokedAt })
    .from(t)
    .where(and(eq(t.id, tokenId), eq(t.userId, userId), eq(t.kind, 'personal')))
    .for('update');
  return row ?? null;
}

export async function setTokenRevoked(tx: Tx, tokenId: string): Promise<void> {
  await tx
    .update(schema.apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(eq(schema.apiTokens.id, tokenId));
}

/**
 * What a request's bearer token may do now, in one statement: the token (unrevoked, unexpired), the
 * owner's account and their role in the token's organization today (null once they left it: the token
 * then dies with the membership). Null when no live token has that hash.
 */
export async function findLiveToken(executor: Executor, tokenHash: string) {
  const t = schema.apiTokens;
  const u = schema.users;
  const m = schema.memberships;
  const [row] = await executor
    .select({
      id: t.id,
      kind: t.kind,
      orgId: t.orgId,
      name: t.name,
      scopes: t.scopes,
      tokenRole: t.role,
      expiresAt: t.expiresAt,
      userId: u.id,
      userName: u.name,
      email: u.email,
      emailVerified: u.emailVerified,
      memberRole: m.role,
    })
    .from(t)
    .leftJoin(u, eq(u.id, t.userId))
    .leftJoin(m, and(eq(m.orgId, t.orgId), eq(m.userId, t.userId)))
    .where(and(eq(t.tokenHash, tokenHash), isLive()));
  return row ?? null;
}

/** Records a use (time and address), at most once a minute a token, so busy scripts do not write every call. */
export async function touchTokenUse(executor: Executor, tokenId: string, ip: string | null): Promise<void> {
  const t = schema.apiTokens;
  await executor
    .update(t)
    .set({ lastUsedAt: sql`now()`, lastUsedIp: ip })
    .where(and(eq(t.id, tokenId), or(isNull(t.lastUsedAt), lt(t.lastUsedAt, sql`now() - interval '1 minute'`))));
}
