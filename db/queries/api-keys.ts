import 'server-only';
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';
import { RECENT_TOKEN_DAYS } from './api-tokens';

const t = schema.apiTokens;

export type OrgApiKeyRow = {
  id: string;
  name: string;
  hint: string;
  role: OrgRole;
  scopes: string[];
  createdByName: string | null;
  createdByEmail: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  status: 'active' | 'expired' | 'revoked';
};

/**
 * The organization's API keys, live or stopped in the last RECENT_TOKEN_DAYS days, newest first: at most
 * MAX_ORG_API_KEYS are live, so the page lists them all. The status is worked out by the database's clock,
 * the one every request is checked against.
 */
export async function listOrgApiKeys(executor: Executor, orgId: string): Promise<OrgApiKeyRow[]> {
  const recent = sql`now() - ${sql.raw(`interval '${RECENT_TOKEN_DAYS} days'`)}`;
  const rows = await executor
    .select({
      id: t.id,
      name: t.name,
      hint: t.hint,
      role: t.role,
      scopes: t.scopes,
      createdByName: schema.users.name,
      createdByEmail: schema.users.email,
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      lastUsedAt: t.lastUsedAt,
      lastUsedIp: t.lastUsedIp,
      status: sql<
        OrgApiKeyRow['status']
      >`case when ${t.revokedAt} is not null then 'revoked' when ${t.expiresAt} <= now() then 'expired' else 'active' end`,
    })
    .from(t)
    .leftJoin(schema.users, eq(schema.users.id, t.createdBy))
    .where(
      and(
        eq(t.orgId, orgId),
        eq(t.kind, 'organization'),
        or(isNull(t.revokedAt), gt(t.revokedAt, recent)),
        or(isNull(t.expiresAt), gt(t.expiresAt, recent)),
      ),
    )
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(200);
  return rows.map((row) => ({ ...row, role: row.role! }));
}

/** Live API keys of the organization, counted under the organization's lock by the command that adds one. */
export async function countLiveOrgApiKeys(executor: Executor, orgId: string): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.kind, 'organization'), isNull(t.revokedAt), or(isNull(t.expiresAt), sql`${t.expiresAt} > now()`)));
  return Number(row?.n ?? 0);
}

/** One of the organization's API keys, locked for a revoke (a request using it waits, or is refused after); null when there is none. */
export async function lockOrgApiKey(tx: Tx, orgId: string, keyId: string) {
  const [row] = await tx
    .select({ name: t.name, role: t.role, revokedAt: t.revokedAt })
    .from(t)
    .where(and(eq(t.id, keyId), eq(t.orgId, orgId), eq(t.kind, 'organization')))
    .for('update');
  return row ?? null;
}
