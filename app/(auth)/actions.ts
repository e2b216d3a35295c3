'use server';

import { z } from 'zod';
import { redirect } from 'next/navigation';
import { signOut } from '@/auth';
import { userAction } from '@/lib/actions/wrapper';
import { formText, type FormState } from '@/lib/actions/form-state';
import { emailSignInLink, signInFromForm, signInWithPassword, signUpAndSignIn, signUpFromForm } from '@/lib/actions/sign-in-flows';
import { resendVerification } from '@/domain/accounts/resend-verification';
import { safeRedirect } from './_components/safe-redirect';

// The flows that start a session drive Auth.js; they are in lib/actions/sign-in-flows.ts.
export const signUpAction = signUpAndSignIn;
export const signInAction = signInWithPassword;
export const requestSignInLinkAction = emailSignInLink;

/** The password form as the browser posts it (before hydration, or without JavaScript). */
export async function signInFormAction(_state: FormState, formData: FormData): Promise<FormState> {
  const failure = await signInFromForm(formData);
  if (failure) return failure;
  redirect(safeRedirect(formText(formData, 'callbackUrl')));
}

/** The sign-up form as the browser posts it; an invitation's sign-up lands in its organization. */
export async function signUpFormAction(_state: FormState, formData: FormData): Promise<FormState> {
  const result = await signUpFromForm(formData);
  if (!result.ok) return result;
  const orgId = result.data.joinedOrgId;
  redirect(safeRedirect(orgId ? `/orgs/${encodeURIComponent(orgId)}` : formText(formData, 'callbackUrl')));
}

export const resendVerificationAction = userAction({ schema: z.object({}), run: resendVerification });

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}

/** Signs out and comes back to the given page (an invitation meant for another account). */
export async function switchAccountAction(callbackUrl: string): Promise<void> {
  const back = safeRedirect(callbackUrl);
  await signOut({ redirectTo: `/sign-in?callbackUrl=${encodeURIComponent(back)}` });
}
