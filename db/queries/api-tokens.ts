import 'server-only';
import { and, desc, eq, gt, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import { decodeCursor, encodeCursor } from '@/db/cursor';
import { PAGE_SIZE, type Page } from '@/db/paging';
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

/** An organization API key's role while the key is live, share-locked (a revoke waits, or is seen); else null. */
export async function lockLiveKeyRole(tx: Tx, orgId: string, keyId: string): Promise<OrgRole | null> {
  const t = schema.apiTokens;
  const [row] = await tx
    .select({ role: t.role })
    .from(t)
    .where(and(eq(t.id, keyId), eq(t.orgId, orgId), eq(t.kind, 'organization'), isLive()))
    .for('share');
  return row?.role ?? null;
}

export async function setTokenRevoked(tx: Tx, tokenId: string): Promise<void> {
  await tx
    .update(schema.apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(eq(schema.apiTokens.id, tokenId));
}

/** A live token as a request sees it, with the count of its requests in the current window. */
export type LiveToken = {
  id: string;
  kind: 'personal' | 'organization';
  orgId: string;
  name: string;
  scopes: string[];
  tokenRole: OrgRole | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  userId: string | null;
  userName: string | null;
  email: string | null;
  emailVerified: boolean;
  /** The owner's role in the token's organization now; null once they left it (the token dies with it). */
  memberRole: OrgRole | null;
  /** Requests counted in the window, this one included, and when the window ends (ms since the epoch). */
  used: number;
  windowEndsMs: number;
};

type LiveTokenRow = Omit<LiveToken, 'expiresAt' | 'lastUsedAt' | 'used' | 'windowEndsMs'> & {
  expiresMs: number | null;
  lastUsedMs: number | null;
  used: number | string;
  windowEndsMs: number | string;
};

/**
 * What a request's bearer token may do now, and one more request on its count, in one round trip: the
 * token (unrevoked, unexpired), the owner's account and role in the token's organization today, and the
 * upsert of its rate-limit row. The row is the one rate-limiter-flexible keeps (`<prefix>:<token id>` in
 * rate_limits: points and window end, restarted once the window is over), written here in the same
 * statement because every API request pays for it. Null, and nothing counted, when no live token has
 * that hash.
 */
export async function findLiveTokenCountingUse(
  executor: Executor,
  tokenHash: string,
  counter: { keyPrefix: string; windowS: number },
): Promise<LiveToken | null> {
  const result = await executor.execute(sql`
    with token as (
      select t.id, t.kind, t.org_id as "orgId", t.name, t.scopes, t.role as "tokenRole",
        extract(epoch from t.expires_at)::float8 * 1000 as "expiresMs",
        extract(epoch from t.last_used_at)::float8 * 1000 as "lastUsedMs",
        u.id as "userId", u.name as "userName", u.email, u.email_verified_at is not null as "emailVerified",
        m.role as "memberRole"
      from api_tokens t
      left join users u on u.id = t.user_id
      left join memberships m on m.org_id = t.org_id and m.user_id = t.user_id
      where t.token_hash = ${tokenHash} and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
    ), counted as (
      insert into rate_limits (key, points, expire)
      select ${`${counter.keyPrefix}:`} || token.id::text, 1, now() + make_interval(secs => ${counter.windowS}) from token
      on conflict (key) do update set
        points = case when rate_limits.expire <= now() then 1 else rate_limits.points + 1 end,
        expire = case when rate_limits.expire <= now() then excluded.expire else rate_limits.expire end
      returning points, extract(epoch from expire)::float8 * 1000 as "windowEndsMs"
    )
    select token.*, counted.points as used, counted."windowEndsMs" from token cross join counted`);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: LiveTokenRow[] }).rows) as LiveTokenRow[];
  const row = rows[0];
  if (!row) return null;
  const { expiresMs, lastUsedMs, ...token } = row;
  return {
    ...token,
    expiresAt: expiresMs === null ? null : new Date(Number(expiresMs)),
    lastUsedAt: lastUsedMs === null ? null : new Date(Number(lastUsedMs)),
    used: Number(row.used),
    windowEndsMs: Number(row.windowEndsMs),
  };
}

/** Records a use (time and address), at most once a minute a token, so busy scripts do not write every call. */
export async function touchTokenUse(executor: Executor, tokenId: string, ip: string | null): Promise<void> {
  const t = schema.apiTokens;
  await executor
    .update(t)
    .set({ lastUsedAt: sql`now()`, lastUsedIp: ip })
    .where(and(eq(t.id, tokenId), or(isNull(t.lastUsedAt), lt(t.lastUsedAt, sql`now() - interval '1 minute'`))));
}

/** How long a revoked or expired token stays on the organization's list, so an Admin sees what just stopped. */
export const RECENT_TOKEN_DAYS = 30;

export type OrgTokenRow = {
  id: string;
  name: string;
  hint: string;
  ownerName: string | null;
  ownerEmail: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  status: 'active' | 'expired' | 'revoked';
};

/**
 * The personal access tokens that reach the organization — its members' tokens for it, live or stopped
 * in the last RECENT_TOKEN_DAYS days — newest first, one keyset page. The status is worked out by the
 * database's clock, the one every request is checked against.
 */
export async function listOrgTokensPage(executor: Executor, orgId: string, options: { after?: string } = {}): Promise<Page<OrgTokenRow>> {
  const t = schema.apiTokens;
  const u = schema.users;
  const m = schema.memberships;
  const recent = sql`now() - ${sql.raw(`interval '${RECENT_TOKEN_DAYS} days'`)}`;
  const conditions: SQL[] = [
    eq(t.orgId, orgId),
    eq(t.kind, 'personal'),
    or(isNull(t.revokedAt), gt(t.revokedAt, recent))!,
    or(isNull(t.expiresAt), gt(t.expiresAt, recent))!,
  ];
  const cursor = decodeCursor(options.after, { uuidId: true });
  if (cursor) conditions.push(sql`(${t.createdAt}, ${t.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`);
  const rows = await executor
    .select({
      id: t.id,
      name: t.name,
      hint: t.hint,
      ownerName: u.name,
      ownerEmail: u.email,
      scopes: t.scopes,
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      lastUsedAt: t.lastUsedAt,
      lastUsedIp: t.lastUsedIp,
      status: sql<
        OrgTokenRow['status']
      >`case when ${t.revokedAt} is not null then 'revoked' when ${t.expiresAt} <= now() then 'expired' else 'active' end`,
      ts: sql<string>`${t.createdAt}::text`,
    })
    .from(t)
    // A token whose owner left no longer reaches the organization (it is refused on its next request).
    .innerJoin(m, and(eq(m.orgId, t.orgId), eq(m.userId, t.userId)))
    .innerJoin(u, eq(u.id, t.userId))
    .where(and(...conditions))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page.map(({ ts: _ts, ...row }) => row),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last.ts, last.id) : null,
  };
}

/**
 * A personal access token for this organization, whoever owns it, locked (a revoke and a use cannot
 * interleave), with its owner's address; null when the organization has no such token.
 */
export async function lockOrgToken(tx: Tx, orgId: string, tokenId: string) {
  const t = schema.apiTokens;
  const [row] = await tx
    .select({ name: t.name, kind: t.kind, revokedAt: t.revokedAt, userId: t.userId, ownerEmail: schema.users.email })
    .from(t)
    .innerJoin(schema.users, eq(schema.users.id, t.userId))
    .where(and(eq(t.id, tokenId), eq(t.orgId, orgId), eq(t.kind, 'personal')))
    .for('update', { of: t });
  return row ?? null;
}
