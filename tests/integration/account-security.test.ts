/**
 * Issue 15's findings, each reproduced: a sign-in link sent to a forged host, an address pre-registered
 * by someone else keeping access, unlimited password guesses and emails, sessions that outlive sign-out.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { discardPool, getDb, schema } from '@/db';
import { handlers, signOut } from '@/auth';
import { requestSignInLinkAction, signInAction, signUpAction } from '@/app/(auth)/actions';
import { requestPasswordResetAction, resetPasswordAction } from '@/app/(auth)/password-actions';
import { changePasswordAction, revokeSessionAction, signOutEverywhereAction } from '@/app/(app)/account/actions';
import { listSessions } from '@/db/queries/sessions';
import { verifyEmailWithLink } from '@/lib/auth/account-security';
import { getCurrentUser } from '@/lib/auth/session';
import { passwordChecks } from '@/lib/auth/password';
import { runAfterResponse } from '../support/after';
import { actAs, requestCookies, sessionToken, withRequestHeaders } from '../support/session';
import { createUser, unique } from '../factories';

const COOKIE = 'authjs.session-token';

async function latestEmail(to: string, template: string) {
  const db = await getDb();
  const [mail] = await db
    .select()
    .from(schema.emailOutbox)
    .where(and(eq(schema.emailOutbox.to, to), eq(schema.emailOutbox.template, template)))
    .orderBy(desc(schema.emailOutbox.createdAt))
    .limit(1);
  return mail ?? null;
}

async function emailCount(to: string, template: string) {
  const db = await getDb();
  return (
    await db
      .select()
      .from(schema.emailOutbox)
      .where(and(eq(schema.emailOutbox.to, to), eq(schema.emailOutbox.template, template)))
  ).length;
}

const linkIn = (text: string, path: string) => new RegExp(`https?://[^\\s"]*${path}[^\\s"]*`).exec(text)?.[0] ?? null;

/** Signs up through the action and returns the session cookie it set, as the attacker's browser keeps it. */
async function signUpAs(email: string, password: string) {
  await actAs(null);
  expect(await signUpAction({ name: 'Someone', email, password })).toMatchObject({ ok: true });
  return requestCookies.get(COOKIE)!.value;
}

async function asCookie<T>(cookie: string, fn: () => Promise<T>): Promise<T> {
  requestCookies.clear();
  requestCookies.set(COOKIE, cookie);
  return fn();
}

/** Follows an emailed sign-in link as the browser would: Auth.js's callback route; returns the new cookie. */
async function followSignInLink(url: string): Promise<string | null> {
  const response = await handlers.GET(new NextRequest(url));
  const set = response.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
  return set ? set.slice(COOKIE.length + 1, set.indexOf(';')) : null;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('links come from APP_URL only', () => {
  it('a sign-in link asked for with a forged X-Forwarded-Host still points at APP_URL', async () => {
    const user = await createUser();
    await actAs(null);
    await withRequestHeaders({ host: 'attacker.example', 'x-forwarded-host': 'attacker.example' }, () =>
      requestSignInLinkAction({ email: user.email }),
    );
    await runAfterResponse();
    const mail = await latestEmail(user.email, 'sign-in-link');
    const link = linkIn(mail!.text, '/api/auth/callback/email-link');
    expect(link).toMatch(/^http:\/\/localhost:3000\/api\/auth\/callback\/email-link\?/);
    expect(mail!.html).not.toContain('attacker.example');
  });
});

describe('an address belongs to whoever proves it', () => {
  it("pre-registered by an attacker: the owner signs in by link, and the attacker's password and session stop working", async () => {
    const email = `${unique('ceo')}@bigcorp.test`;
    const attackerCookie = await signUpAs(email, 'attacker password');
    expect(await asCookie(attackerCookie, getCurrentUser)).toMatchObject({ email, emailVerified: false });

    await actAs(null);
    expect(await requestSignInLinkAction({ email })).toEqual({ ok: true, data: null });
    await runAfterResponse();
    const link = linkIn((await latestEmail(email, 'sign-in-link'))!.text, '/api/auth/callback/email-link');
    const ownerCookie = await followSignInLink(link!);
    expect(ownerCookie).toBeTruthy();

    expect(await asCookie(ownerCookie!, getCurrentUser)).toMatchObject({ email, emailVerified: true });
    expect(await asCookie(attackerCookie, getCurrentUser)).toBeNull();
    await actAs(null);
    expect(await signInAction({ email, password: 'attacker password' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('sign-up of an address nobody proved replaces that account; a proven one is refused', async () => {
    const email = `${unique('squat')}@example.test`;
    const attackerCookie = await signUpAs(email, 'attacker password');
    const attacker = await asCookie(attackerCookie, getCurrentUser);
    await signUpAs(email, 'owner password');
    expect(await asCookie(attackerCookie, getCurrentUser)).toBeNull();
    await actAs(null);
    expect(await signInAction({ email, password: 'attacker password' })).toMatchObject({ ok: false });
    expect(await signInAction({ email, password: 'owner password' })).toEqual({ ok: true, data: null });
    const now = await getCurrentUser();
    expect(now?.id).not.toBe(attacker?.id);

    const proven = await createUser();
    await actAs(null);
    expect(await signUpAction({ name: 'Copy', email: proven.email, password: 'long enough password' })).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.any(Array) },
    });
  });

  it("a verification link opened outside the account's own session claims the address: password gone, sessions ended", async () => {
    const email = `${unique('verify')}@example.test`;
    const creatorCookie = await signUpAs(email, 'creator password');
    const creator = (await asCookie(creatorCookie, getCurrentUser))!;
    const token = decodeURIComponent(/verify-email\?token=([^"&\s]+)/.exec((await latestEmail(email, 'verify-email'))!.text)![1]!);

    const outcome = await verifyEmailWithLink(token, null);
    expect(outcome).toMatchObject({ status: 'claimed', resetToken: expect.any(String) });
    expect(await asCookie(creatorCookie, getCurrentUser)).toBeNull();
    await actAs(null);
    expect(await signInAction({ email, password: 'creator password' })).toMatchObject({ ok: false });
    // The prover chooses the password with the reset token the page hands them.
    const reset = await resetPasswordAction({ token: (outcome as { resetToken: string }).resetToken, newPassword: 'prover password' });
    expect(reset).toEqual({ ok: true, data: { signedIn: true } });
    expect(await getCurrentUser()).toMatchObject({ id: creator.id, emailVerified: true });
  });

  it("a verification link opened in the account's own session just verifies", async () => {
    const email = `${unique('own')}@example.test`;
    const cookie = await signUpAs(email, 'my own password');
    const me = (await asCookie(cookie, getCurrentUser))!;
    const token = decodeURIComponent(/verify-email\?token=([^"&\s]+)/.exec((await latestEmail(email, 'verify-email'))!.text)![1]!);
    expect(await verifyEmailWithLink(token, { userId: me.id })).toEqual({ status: 'verified' });
    expect(await asCookie(cookie, getCurrentUser)).toMatchObject({ emailVerified: true });
    await actAs(null);
    expect(await signInAction({ email, password: 'my own password' })).toEqual({ ok: true, data: null });
  });
});

describe('password reset and change', () => {
  it('answers the same for an unknown address, sends the email after the response, and the link works once', async () => {
    const email = `${unique('reset')}@example.test`;
    const oldCookie = await signUpAs(email, 'forgotten password');
    await actAs(null);
    const known = await requestPasswordResetAction({ email });
    const unknown = await requestPasswordResetAction({ email: `${unique('nobody')}@example.test` });
    expect(known).toEqual({ ok: true, data: null });
    expect(unknown).toEqual(known);
    // Nothing written before the response: the answer takes as long for both.
    expect(await emailCount(email, 'password-reset')).toBe(0);
    await runAfterResponse();
    const mail = await latestEmail(email, 'password-reset');
    const token = decodeURIComponent(/reset-password\?token=([^"&\s]+)/.exec(mail!.text)![1]!);
    expect(mail!.text).toContain('http://localhost:3000/reset-password?token=');

    expect(await resetPasswordAction({ token, newPassword: 'short' })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.any(Array) },
    });
    expect(await resetPasswordAction({ token, newPassword: 'a remembered password' })).toEqual({ ok: true, data: { signedIn: true } });
    expect(await getCurrentUser()).toMatchObject({ email, emailVerified: true });
    expect(await asCookie(oldCookie, getCurrentUser)).toBeNull();
    expect(await resetPasswordAction({ token, newPassword: 'another password!' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('change needs the current password and ends every other session, not this one', async () => {
    const email = `${unique('change')}@example.test`;
    const other = await signUpAs(email, 'current password');
    const user = (await asCookie(other, getCurrentUser))!;
    const mine = await sessionToken(user);
    const wrong = await asCookie(mine, () => changePasswordAction({ currentPassword: 'not it', newPassword: 'next password!' }));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['This is not your current password.'] } });
    expect(
      await asCookie(mine, () => changePasswordAction({ currentPassword: 'current password', newPassword: 'next password!' })),
    ).toEqual({ ok: true, data: null });
    expect(await asCookie(mine, getCurrentUser)).toMatchObject({ id: user.id });
    expect(await asCookie(other, getCurrentUser)).toBeNull();
    await actAs(null);
    expect(await signInAction({ email, password: 'current password' })).toMatchObject({ ok: false });
    expect(await signInAction({ email, password: 'next password!' })).toEqual({ ok: true, data: null });
  });
});

describe('revocable sessions', () => {
  it('signing out ends the session on the server: the old cookie is refused, and Auth.js shows no user for it', async () => {
    const user = await createUser();
    const cookie = await sessionToken(user);
    const sessionOf = async () =>
      (
        await handlers.GET(new NextRequest('http://localhost:3000/api/auth/session', { headers: { cookie: `${COOKIE}=${cookie}` } }))
      ).json();
    expect(await sessionOf()).toMatchObject({ user: { id: user.id } });
    await asCookie(cookie, () => signOut({ redirect: false }));
    expect(await asCookie(cookie, getCurrentUser)).toBeNull();
    expect(await sessionOf()).not.toHaveProperty('user');
  });

  it('revoking a session refuses it on its next request; sign out everywhere ends them all', async () => {
    const user = await createUser();
    const [a, b, c] = [await sessionToken(user), await sessionToken(user), await sessionToken(user)];
    const db = await getDb();
    const sessions = await listSessions(db, user.id);
    const bId = (await asCookie(b, getCurrentUser))!.sessionId;
    expect(sessions.map((s) => s.id)).toContain(bId);
    expect(await asCookie(a, () => revokeSessionAction({ sessionId: bId }))).toEqual({ ok: true, data: { signedOut: false } });
    expect(await asCookie(b, getCurrentUser)).toBeNull();
    expect(await asCookie(c, getCurrentUser)).not.toBeNull();
    // Someone else's session id is not found, and stays.
    const stranger = await createUser();
    const theirs = await sessionToken(stranger);
    const theirId = (await asCookie(theirs, getCurrentUser))!.sessionId;
    expect(await asCookie(a, () => revokeSessionAction({ sessionId: theirId }))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await asCookie(theirs, getCurrentUser)).not.toBeNull();

    expect(await asCookie(a, () => signOutEverywhereAction({}))).toMatchObject({ ok: true });
    expect(await asCookie(a, getCurrentUser)).toBeNull();
    expect(await asCookie(c, getCurrentUser)).toBeNull();
    expect(await listSessions(db, user.id)).toEqual([]);
  });
});

describe('abuse limits', () => {
  it('20 wrong passwords: refused without hashing after the limit; the right one works again after the window', async () => {
    const email = `${unique('guess')}@example.test`;
    await signUpAs(email, 'the right password');
    await actAs(null);
    const answers: string[] = [];
    const hashesBefore = passwordChecks.count;
    for (let i = 0; i < 20; i++) answers.push(((await signInAction({ email, password: `guess ${i}` })) as { code: string }).code);
    expect(answers.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(answers.slice(10)).toEqual(Array(10).fill('RATE_LIMITED'));
    expect(passwordChecks.count - hashesBefore).toBe(10);
    const limited = await signInAction({ email, password: 'the right password' });
    expect(limited).toMatchObject({ ok: false, code: 'RATE_LIMITED', message: expect.stringMatching(/Try again in \d+ minutes?/) });

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 16 * 60_000);
    expect(await signInAction({ email, password: 'the right password' })).toEqual({ ok: true, data: null });
  });

  it('one IP guessing across many accounts is limited too', async () => {
    const before = process.env.LIMIT_SIGN_IN_PER_IP;
    process.env.LIMIT_SIGN_IN_PER_IP = '5';
    try {
      await actAs(null);
      const codes = await withRequestHeaders(
        { 'x-forwarded-for': `198.51.100.1, 2001:db8::${Math.random().toString(16).slice(2, 6)}:${Date.now().toString(16).slice(-4)}` },
        async () => {
          const out: string[] = [];
          for (let i = 0; i < 7; i++)
            out.push(((await signInAction({ email: `${unique('spray')}@example.test`, password: 'x' })) as { code: string }).code);
          return out;
        },
      );
      expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
    } finally {
      process.env.LIMIT_SIGN_IN_PER_IP = before;
    }
  });

  it('sign-up answers that an address is taken only as often as the IP may try to sign in', async () => {
    const before = process.env.LIMIT_SIGN_IN_PER_IP;
    process.env.LIMIT_SIGN_IN_PER_IP = '3';
    try {
      const taken = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
      await actAs(null);
      const codes = await withRequestHeaders({ 'x-forwarded-for': `2001:db8::${Math.random().toString(16).slice(2, 6)}` }, async () => {
        const out: string[] = [];
        for (const user of taken)
          out.push(
            ((await signUpAction({ name: 'Prober', email: user.email, password: 'long enough password' })) as { code: string }).code,
          );
        return out;
      });
      expect(codes).toEqual(['VALIDATION', 'VALIDATION', 'VALIDATION', 'RATE_LIMITED']);
    } finally {
      process.env.LIMIT_SIGN_IN_PER_IP = before;
    }
  });

  it('30 parallel sign-in link requests for one address send at most the limit, and then say when to retry', async () => {
    const user = await createUser();
    await actAs(null);
    const answers = await Promise.all(Array.from({ length: 30 }, () => requestSignInLinkAction({ email: user.email })));
    await runAfterResponse();
    expect(await emailCount(user.email, 'sign-in-link')).toBeLessThanOrEqual(5);
    expect(await emailCount(user.email, 'sign-in-link')).toBeGreaterThan(0);
    expect(answers.filter((a) => a.ok).length).toBeGreaterThan(0);
    expect(await requestSignInLinkAction({ email: user.email })).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      fieldErrors: { email: [expect.stringMatching(/Try again in/)] },
    });
  });

  it('keeps counting after a lost connection replaced the pool', async () => {
    const email = `${unique('pool')}@example.test`;
    await signUpAs(email, 'the right password');
    await actAs(null);
    expect(await signInAction({ email, password: 'wrong' })).toMatchObject({ code: 'UNAUTHENTICATED' });
    discardPool(); // what the action wrapper does on a lost connection (PostgreSQL only)
    expect(await signInAction({ email, password: 'the right password' })).toEqual({ ok: true, data: null });
  });
});
