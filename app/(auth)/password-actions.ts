'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/auth';
import { publicAction } from '@/lib/actions/wrapper';
import type { ActionResult } from '@/lib/actions/result';
import { requestPasswordReset, resetPassword } from '@/lib/auth/account-security';
import { hashPassword } from '@/lib/auth/password';
import { retryAfterText } from '@/lib/limits';
import { forgotPasswordSchema, resetPasswordSchema, type ForgotPasswordInput, type ResetPasswordInput } from '@/lib/validations/account';

/** Forgot password: one answer for every address, and a retry time once the address has had its emails. */
export async function requestPasswordResetAction(input: ForgotPasswordInput): Promise<ActionResult<null>> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      code: 'VALIDATION',
      message: 'Enter a valid email address.',
      fieldErrors: { email: ['Enter a valid email address.'] },
    };
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
export async function resetPasswordAction(input: ResetPasswordInput): Promise<ActionResult<{ signedIn: boolean }>> {
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
