import { getDb, schema } from '@/db';
import { hashSecret, newTokenSecret } from '@/lib/api-tokens/format';
import type { OrgRole } from '@/lib/permissions';
import { SCOPES, type Scope } from '@/lib/permissions/scopes';

type TokenOptions = { scopes?: readonly Scope[]; expiresAt?: Date | null; revoked?: boolean; name?: string; createdAt?: Date };

/** A token row of either kind: every scope unless told, 30 days unless `expiresAt` says otherwise. */
async function insertToken(
  owner: { kind: 'personal'; userId: string } | { kind: 'organization'; role: OrgRole; createdBy: string | null },
  orgId: string,
  options: TokenOptions,
): Promise<{ id: string; secret: string }> {
  const { secret, hint } = newTokenSecret(owner.kind);
  const db = await getDb();
  const [row] = await db
    .insert(schema.apiTokens)
    .values({
      kind: owner.kind,
      orgId,
      userId: owner.kind === 'personal' ? owner.userId : null,
      createdBy: owner.kind === 'personal' ? owner.userId : owner.createdBy,
      role: owner.kind === 'organization' ? owner.role : null,
      name: options.name ?? (owner.kind === 'personal' ? 'Test token' : 'Test key'),
      tokenHash: hashSecret(secret),
      hint,
      scopes: [...(options.scopes ?? SCOPES)],
      expiresAt: options.expiresAt === undefined ? new Date(Date.now() + 30 * 86_400_000) : options.expiresAt,
      revokedAt: options.revoked ? new Date() : null,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    })
    .returning({ id: schema.apiTokens.id });
  return { id: row!.id, secret };
}

/** A personal access token for `user` in `orgId`, written straight to the table (the account page's flow has tests of its own). */
export function createApiToken(orgId: string, user: { id: string }, options: TokenOptions = {}): Promise<{ id: string; secret: string }> {
  return insertToken({ kind: 'personal', userId: user.id }, orgId, options);
}

/** An organization API key acting with `role` in `orgId`, written straight to the table (the api-keys page's flow has tests of its own). */
export function createOrgApiKey(
  orgId: string,
  role: OrgRole,
  options: TokenOptions & { createdBy?: string } = {},
): Promise<{ id: string; secret: string }> {
  return insertToken({ kind: 'organization', role, createdBy: options.createdBy ?? null }, orgId, options);
}
