import 'server-only';
import { AuthError } from 'next-auth';
import { z } from 'zod';
import { signIn, SIGN_IN_LINK_PROVIDER, SIGN_IN_LIMITED_CODE } from '@/auth';
import { registerUser } from '@/lib/auth/register';
import { requestClient } from '@/lib/auth/client';
import { consumeLimit, peekLimit, retryAfterText } from '@/lib/limits';
import { signInLinkSchema, signInSchema, signUpSchema, type SignInInput, type SignUpInput } from '@/lib/validations/auth';
import { publicAction } from './wrapper';
import type { ActionResult } from './result';
import { formFailure, formText, type FormFailure } from './form-state';

/*
 * The doors that start a session. They drive Auth.js, whose sign-in sets the session cookie inside this
 * request, so they belong with the door support rather than in domain/: the account itself is written by
 * registerUser, and every refusal counts against the same limits as the sign-in page's.
 */

const register = publicAction({ schema: signUpSchema, run: registerUser });

/**
 * Sign-up says when an address already has an account (as GitHub and Clerk do); each such answer counts
 * against the IP's sign-in allowance, so addresses cannot be tried in bulk here any faster than by
 * signing in.
 */
export async function signUpAndSignIn(input: SignUpInput): Promise<ActionResult<{ userId: string; joinedOrgId: string | null }>> {
  const ip = (await requestClient()).ip ?? 'unknown';
  const allowance = await peekLimit('signInPerIp', ip);
  if (!allowance.ok) {
    const message = `Too many attempts from your network. Try again ${retryAfterText(allowance.retryAfterS)}.`;
    return { ok: false, code: 'RATE_LIMITED', message };
  }
  const result = await register(input);
  if (!result.ok) {
    if (result.fieldErrors?.email?.some((message) => message.includes('already exists'))) await consumeLimit('signInPerIp', ip);
    return result;
  }
  // The account is committed: now start its session (a separate request inside Auth.js). Refused (this
  // IP's sign-in allowance is used up), the account stands all the same and the next page asks to sign in.
  await signIn('credentials', { email: input.email, password: input.password, redirect: false }).catch((error: unknown) => {
    if (!(error instanceof AuthError)) throw error;
  });
  return result;
}

export async function signInWithPassword(input: SignInInput): Promise<ActionResult<null>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'VALIDATION', message: 'Email or password is incorrect.' };
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirect: false });
    return { ok: true, data: null };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = (error as AuthError & { code?: string }).code ?? '';
    if (code.startsWith(`${SIGN_IN_LIMITED_CODE}:`)) {
      const wait = retryAfterText(Number(code.slice(SIGN_IN_LIMITED_CODE.length + 1)) || 60);
      return { ok: false, code: 'RATE_LIMITED', message: `Too many failed sign-ins. Try again ${wait}, or reset your password.` };
    }
    return { ok: false, code: 'UNAUTHENTICATED', message: 'Email or password is incorrect.' };
  }
}

/**
 * Same answer, in the same time, whether or not the account exists: the link is only sent to an existing
 * account, and its email is written after the response (auth.ts). Refused, saying when to retry, once the
 * address has had its share of emails.
 */
export async function emailSignInLink(input: z.input<typeof signInLinkSchema>): Promise<ActionResult<null>> {
  const parsed = signInLinkSchema.safeParse(input);
  if (!parsed.success) {
    const message = 'Enter a valid email address.';
    return { ok: false, code: 'VALIDATION', message, fieldErrors: { email: [message] } };
  }
  const email = parsed.data.email;
  const allowance = await peekLimit('emailsPerAddress', email);
  if (!allowance.ok) {
    const message = `Too many emails were sent to this address. Try again ${retryAfterText(allowance.retryAfterS)}.`;
    return { ok: false, code: 'RATE_LIMITED', message, fieldErrors: { email: [message] } };
  }
  try {
    await signIn(SIGN_IN_LINK_PROVIDER, { email, redirect: false, redirectTo: '/organizations' });
  } catch (error) {
    // No account (or its allowance just ran out): the same answer as a sent link.
    if (!(error instanceof AuthError)) throw error;
  }
  return { ok: true, data: null };
}

/*
 * The same doors as the browser posts them, before hydration or with JavaScript off (the forms' `action`):
 * read from FormData, checked by the same schemas, refused with the values to show again. The calling
 * server action redirects on success.
 */

/** Typed values sent back with a refusal: bounded, so a huge post is not echoed whole. */
const kept = (value: string) => value.slice(0, 500);

export async function signInFromForm(formData: FormData): Promise<FormFailure | null> {
  const input = { email: formText(formData, 'email'), password: formText(formData, 'password') };
  const values = { email: kept(input.email) };
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    return formFailure({ ok: false, code: 'VALIDATION', message: 'Check the highlighted fields.', fieldErrors }, values);
  }
  const result = await signInWithPassword(input);
  return result.ok ? null : formFailure(result, values);
}

export async function signUpFromForm(formData: FormData): Promise<{ ok: true; data: { joinedOrgId: string | null } } | FormFailure> {
  const inviteToken = formText(formData, 'inviteToken');
  const input = { name: formText(formData, 'name'), email: formText(formData, 'email'), password: formText(formData, 'password') };
  const result = await signUpAndSignIn({ ...input, ...(inviteToken ? { inviteToken } : {}) });
  return result.ok ? result : formFailure(result, { name: kept(input.name), email: kept(input.email) });
}
