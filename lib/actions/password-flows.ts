import 'server-only';
import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/auth';
import {
  checkCurrentPassword,
  endAllSessions,
  replacePassword,
  requestPasswordReset,
  resetPassword,
  revokeSession,
} from '@/lib/auth/account-security';
import { requestClient } from '@/lib/auth/client';
import { hashPassword } from '@/lib/auth/password';
import { getCurrentUser } from '@/lib/auth/session';
import { retryAfterText } from '@/lib/limits';
import {
  changePasswordSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  sessionIdSchema,
  type ChangePasswordInput,
  type ForgotPasswordInput,
  type ResetPasswordInput,
} from '@/lib/validations/account';
import { z } from 'zod';
import { publicAction, userAction } from './wrapper';
import type { ActionResult } from './result';

/*
 * The doors of passwords and sessions. Like sign-in (sign-in-flows.ts) they drive Auth.js or end
 * sessions, so they live with the door support; the rows they change are written by lib/auth.
 */

/** Forgot password: one answer for every address, and a retry time once the address has had its emails. */
export async function emailPasswordReset(input: ForgotPasswordInput): Promise<ActionResult<null>> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) {
    const message = 'Enter a valid email address.';
    return { ok: false, code: 'VALIDATION', message, fieldErrors: { email: [message] } };
  }
  const sent = await requestPasswordReset(parsed.data.email);
  if (!sent.ok) {
    const message = `Too many emails were sent to this address. Try again ${retryAfterText(sent.retryAfterS)}.`;
    return { ok: false, code: 'RATE_LIMITED', message, fieldErrors: { email: [message] } };
  }
  return { ok: true, data: null };
}

const reset = publicAction({
  schema: resetPasswordSchema,
  async run({ tx }, input) {
    // Hashed before the rows are touched; the transaction then swaps it in and ends every session.
    return resetPassword(tx, input.token, await hashPassword(input.newPassword));
  },
});

/** Sets the new password from a reset link, then signs this browser in with it. */
export async function resetPasswordAndSignIn(input: ResetPasswordInput): Promise<ActionResult<{ signedIn: boolean }>> {
  const result = await reset(input);
  if (!result.ok) return result;
  try {
    await signIn('credentials', { email: result.data.email, password: input.newPassword, redirect: false });
    return { ok: true, data: { signedIn: true } };
  } catch (error) {
    // Limited from this IP, say: the password is set all the same; the page sends them to sign in.
    if (error instanceof AuthError) return { ok: true, data: { signedIn: false } };
    throw error;
  }
}

const replace = userAction({
  schema: changePasswordSchema,
  async run({ tx, user }, input) {
    await replacePassword(tx, user, await hashPassword(input.newPassword));
    return null;
  },
});

/**
 * Needs the current password, checked first and outside the change's transaction (a wrong one counts
 * against the limit even though nothing changes); every other session ends.
 */
export async function changePasswordChecked(input: ChangePasswordInput): Promise<ActionResult<null>> {
  const user = await getCurrentUser();
  const parsed = changePasswordSchema.safeParse(input);
  // Signed out or malformed: the wrapper gives its usual answer.
  if (!user || !parsed.success) return replace(input);
  const refused = await checkCurrentPassword(user, parsed.data.currentPassword, (await requestClient()).ip);
  if (refused) return { ok: false, code: refused.code, message: refused.message, fieldErrors: refused.fieldErrors };
  return replace(parsed.data);
}

/** Ends one session; ending this browser's own also clears its cookie. */
export const endOneSession = userAction({
  schema: sessionIdSchema,
  async run({ tx, user, afterCommit }, input) {
    await revokeSession(tx, user.id, input.sessionId);
    const current = input.sessionId === user.sessionId;
    if (current) afterCommit(() => signOut({ redirect: false }));
    return { signedOut: current };
  },
});

/** Signs out every browser, this one included. */
export const endEverySession = userAction({
  schema: z.object({}),
  async run({ tx, user, afterCommit }) {
    const ended = await endAllSessions(tx, user.id);
    afterCommit(() => signOut({ redirect: false }));
    return { ended };
  },
});
