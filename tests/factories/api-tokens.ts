import { getDb, schema } from '@/db';
import { hashSecret, newTokenSecret } from '@/lib/api-tokens/format';
import { SCOPES, type Scope } from '@/lib/permissions/scopes';

/**
 * A personal access token for `user` in `orgId`, written straight to the table (the account page's
 * flow has tests of its own): every scope unless told, 30 days unless `expiresAt` says otherwise.
 */
export async function createApiToken(
  orgId: string,
  user: { id: string },
  options: { scopes?: readonly Scope[]; expiresAt?: Date | null; revoked?: boolean; name?: string } = {},
): Promise<{ id: string; secret: string }> {
  const { secret, hint } = newTokenSecret('personal');
  const db = await getDb();
  const [row] = await db
    .insert(schema.apiTokens)
    .values({
      kind: 'personal',
      orgId,
      userId: user.id,
      createdBy: user.id,
      name: options.name ?? 'Test token',
      tokenHash: hashSecret(secret),
      hint,
      scopes: [...(options.scopes ?? SCOPES)],
      role: null,
      expiresAt: options.expiresAt === undefined ? new Date(Date.now() + 30 * 86_400_000) : options.expiresAt,
      revokedAt: options.revoked ? new Date() : null,
    })
    .returning({ id: schema.apiTokens.id });
  return { id: row!.id, secret };
}
