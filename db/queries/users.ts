import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { newToken, hashToken } from '@/lib/tokens';

export type UserDto = { id: string; name: string | null; email: string; emailVerified: boolean };

export const EMAIL_VERIFICATION_HOURS = 24;

export async function findUserIdByEmail(executor: Executor, email: string): Promise<string | null> {
  const [row] = await executor
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, email.toLowerCase()))
    .limit(1);
  return row?.id ?? null;
}

/** For the credentials check only: the hash never leaves this module's caller in auth.ts. */
export async function findCredentials(executor: Executor, email: string) {
  const [row] = await executor
    .select({ id: schema.users.id, name: schema.users.name, email: schema.users.email, passwordHash: schema.users.passwordHash })
    .from(schema.users)
    .where(eq(schema.users.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function insertUser(
  executor: Executor,
  values: { name: string; email: string; passwordHash: string; emailVerified?: Date | null },
): Promise<UserDto> {
  const [row] = await executor
    .insert(schema.users)
    .values({ name: values.name, email: values.email.toLowerCase(), passwordHash: values.passwordHash, emailVerified: values.emailVerified ?? null })
    .returning({ id: schema.users.id, name: schema.users.name, email: schema.users.email, verifiedAt: schema.users.emailVerified });
  return { id: row!.id, name: row!.name, email: row!.email, emailVerified: row!.verifiedAt !== null };
}

export async function createEmailVerificationToken(executor: Executor, user: { id: string; email: string }): Promise<string> {
  const { token, hash } = newToken();
  await executor.insert(schema.emailVerificationTokens).values({
    tokenHash: hash,
    userId: user.id,
    email: user.email,
    expiresAt: new Date(Date.now() + EMAIL_VERIFICATION_HOURS * 3600_000),
  });
  return token;
}

/**
 * Single use: the token row is deleted in the same statement that reads it, so two clicks at once
 * verify once. The email must still be the account's email (it could have changed since).
 */
export async function consumeEmailVerificationToken(executor: Executor, token: string): Promise<{ status: 'verified'; email: string } | { status: 'invalid' }> {
  const [used] = await executor
    .delete(schema.emailVerificationTokens)
    .where(and(eq(schema.emailVerificationTokens.tokenHash, hashToken(token)), gt(schema.emailVerificationTokens.expiresAt, new Date())))
    .returning({ userId: schema.emailVerificationTokens.userId, email: schema.emailVerificationTokens.email });
  if (!used) return { status: 'invalid' };
  const updated = await executor
    .update(schema.users)
    .set({ emailVerified: new Date() })
    .where(and(eq(schema.users.id, used.userId), eq(schema.users.email, used.email), isNull(schema.users.emailVerified)))
    .returning({ id: schema.users.id });
  if (updated.length === 0) {
    const [already] = await executor
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(and(eq(schema.users.id, used.userId), eq(schema.users.email, used.email)));
    return already ? { status: 'verified', email: used.email } : { status: 'invalid' };
  }
  return { status: 'verified', email: used.email };
}
