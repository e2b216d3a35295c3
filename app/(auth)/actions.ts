'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut, SIGN_IN_LINK_PROVIDER } from '@/auth';
import { publicAction, userAction } from '@/lib/actions/wrapper';
import type { ActionResult } from '@/lib/actions/result';
import { signInLinkSchema, signInSchema, signUpSchema, type SignInInput, type SignUpInput } from '@/lib/validations/auth';
import { registerUser, sendVerificationEmail } from '@/lib/auth/register';
import { findUserIdByEmail } from '@/db/queries/users';
import { z } from 'zod';
import { safeRedirect } from './_components/safe-redirect';

const register = publicAction({ schema: signUpSchema, run: registerUser });

export async function signUpAction(input: SignUpInput): Promise<ActionResult<{ userId: string; joinedOrgId: string | null }>> {
  const result = await register(input);
  if (!result.ok) return result;
  // The account is committed: now start its session (a separate request inside Auth.js).
  await signIn('credentials', { email: input.email, password: input.password, redirect: false });
  return result;
}

export async function signInAction(input: SignInInput): Promise<ActionResult<null>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: 'VALIDATION', message: 'Email or password is incorrect.' };
  }
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirect: false });
    return { ok: true, data: null };
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, code: 'UNAUTHENTICATED', message: 'Email or password is incorrect.' };
    throw error;
  }
}

const requestLink = publicAction({
  schema: signInLinkSchema,
  async run({ tx }, input) {
    return { exists: Boolean(await findUserIdByEmail(tx, input.email)), email: input.email };
  },
});

/** Same answer whether or not the account exists; the link is only sent to an existing account. */
export async function requestSignInLinkAction(input: z.input<typeof signInLinkSchema>): Promise<ActionResult<null>> {
  const result = await requestLink(input);
  if (!result.ok) return result;
  if (result.data.exists) {
    await signIn(SIGN_IN_LINK_PROVIDER, { email: result.data.email, redirect: false, redirectTo: '/organizations' });
  }
  return { ok: true, data: null };
}

export const resendVerificationAction = userAction({
  schema: z.object({}),
  async run({ tx, user, afterCommit }) {
    if (user.emailVerified) return { alreadyVerified: true };
    await sendVerificationEmail(tx, afterCommit, { id: user.id, email: user.email, name: user.name ?? user.email });
    return { alreadyVerified: false };
  },
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}

/** Signs out and comes back to the given page (an invitation meant for another account). */
export async function switchAccountAction(callbackUrl: string): Promise<void> {
  const back = safeRedirect(callbackUrl);
  await signOut({ redirectTo: `/sign-in?callbackUrl=${encodeURIComponent(back)}` });
}

