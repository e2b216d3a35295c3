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
  values: { name: string | null; email: string; passwordHash: string | null; emailVerified?: Date | null },
): Promise<UserDto> {
  const [row] = await executor
    .insert(schema.users)
    .values({
      name: values.name,
      email: values.email.toLowerCase(),
      passwordHash: values.passwordHash,
      emailVerified: values.emailVerified ?? null,
    })
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

/** Uses a verification link and verifies the address, as its owner opening it does (see takeEmailVerificationToken). */
export async function consumeEmailVerificationToken(
  executor: Executor,
  token: string,
): Promise<{ status: 'verified'; email: string } | { status: 'invalid' }> {
  const used = await takeEmailVerificationToken(executor, token);
  if (!used) return { status: 'invalid' };
  await markEmailVerified(executor, used.userId);
  return { status: 'verified', email: used.email };
}

export const PASSWORD_RESET_MINUTES = 30;

/** Everything account security needs of a user, by address (null when there is no account). */
export async function findAccountByEmail(executor: Executor, email: string) {
  const [row] = await executor
    .select({ id: schema.users.id, name: schema.users.name, email: schema.users.email, verifiedAt: schema.users.emailVerified })
    .from(schema.users)
    .where(eq(schema.users.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** The stored password hash of a user, for checks that need the current password. */
export async function findPasswordHash(executor: Executor, userId: string): Promise<string | null> {
  const [row] = await executor.select({ hash: schema.users.passwordHash }).from(schema.users).where(eq(schema.users.id, userId)).limit(1);
  return row?.hash ?? null;
}

/** Sets (or, with null, discards) the user's password. */
export async function setPasswordHash(executor: Executor, userId: string, passwordHash: string | null): Promise<void> {
  await executor.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, userId));
}

/** Marks the address proven; true when it was not before. */
export async function markEmailVerified(executor: Executor, userId: string): Promise<boolean> {
  const updated = await executor
    .update(schema.users)
    .set({ emailVerified: new Date() })
    .where(and(eq(schema.users.id, userId), isNull(schema.users.emailVerified)))
    .returning({ id: schema.users.id });
  return updated.length > 0;
}

export async function updateUserName(executor: Executor, userId: string, name: string): Promise<void> {
  await executor.update(schema.users).set({ name }).where(eq(schema.users.id, userId));
}

/** Deletes the account at this address if its address was never proven; true when one was deleted. */
export async function deleteUnverifiedUser(executor: Executor, email: string): Promise<boolean> {
  const gone = await executor
    .delete(schema.users)
    .where(and(eq(schema.users.email, email.toLowerCase()), isNull(schema.users.emailVerified)))
    .returning({ id: schema.users.id });
  return gone.length > 0;
}

export async function createPasswordResetToken(executor: Executor, user: { id: string; email: string }): Promise<string> {
  const { token, hash } = newToken();
  await executor.insert(schema.passwordResetTokens).values({
    tokenHash: hash,
    userId: user.id,
    email: user.email,
    expiresAt: new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000),
  });
  return token;
}

/** Whether a reset link is still usable (the page shows the form only then); does not use it. */
export async function isPasswordResetTokenValid(executor: Executor, token: string): Promise<boolean> {
  const [row] = await executor
    .select({ userId: schema.passwordResetTokens.userId })
    .from(schema.passwordResetTokens)
    .where(and(eq(schema.passwordResetTokens.tokenHash, hashToken(token)), gt(schema.passwordResetTokens.expiresAt, new Date())))
    .limit(1);
  return Boolean(row);
}

/**
 * Single use: the token is deleted by the statement that reads it, and every other reset link of the
 * same user goes with it. Null when it is unknown, expired, used, or the account's address has changed.
 */
export async function consumePasswordResetToken(executor: Executor, token: string): Promise<{ userId: string; email: string } | null> {
  const t = schema.passwordResetTokens;
  const [used] = await executor
    .delete(t)
    .where(and(eq(t.tokenHash, hashToken(token)), gt(t.expiresAt, new Date())))
    .returning({ userId: t.userId, email: t.email });
  if (!used) return null;
  await executor.delete(t).where(eq(t.userId, used.userId));
  return stillTheirAddress(executor, used);
}

/**
 * Uses a verification link without deciding what it proves (lib/auth/account-security does): the row
 * is deleted by the statement that reads it, so two clicks at once use it once. Null when it is unknown,
 * expired, used, or the account's address has changed since.
 */
export async function takeEmailVerificationToken(executor: Executor, token: string): Promise<{ userId: string; email: string } | null> {
  const t = schema.emailVerificationTokens;
  const [used] = await executor
    .delete(t)
    .where(and(eq(t.tokenHash, hashToken(token)), gt(t.expiresAt, new Date())))
    .returning({ userId: t.userId, email: t.email });
  if (!used) return null;
  return stillTheirAddress(executor, used);
}

/** A link is worth something only while the address it was sent to is still the account's. */
async function stillTheirAddress<T extends { userId: string; email: string }>(executor: Executor, used: T): Promise<T | null> {
  const [user] = await executor
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(and(eq(schema.users.id, used.userId), eq(schema.users.email, used.email)))
    .limit(1);
  return user ? used : null;
}
