'use server';

import { z } from 'zod';
import { signOut } from '@/auth';
import { userAction } from '@/lib/actions/wrapper';
import { emailSignInLink, signInWithPassword, signUpAndSignIn } from '@/lib/actions/sign-in-flows';
import { resendVerification } from '@/domain/accounts/resend-verification';
import { safeRedirect } from './_components/safe-redirect';

// The flows that start a session drive Auth.js; they are in lib/actions/sign-in-flows.ts.
export const signUpAction = signUpAndSignIn;
export const signInAction = signInWithPassword;
export const requestSignInLinkAction = emailSignInLink;

export const resendVerificationAction = userAction({ schema: z.object({}), run: resendVerification });

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}

/** Signs out and comes back to the given page (an invitation meant for another account). */
export async function switchAccountAction(callbackUrl: string): Promise<void> {
  const back = safeRedirect(callbackUrl);
  await signOut({ redirectTo: `/sign-in?callbackUrl=${encodeURIComponent(back)}` });
}
