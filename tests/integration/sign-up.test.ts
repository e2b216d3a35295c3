import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { signUpAction, signInAction } from '@/app/(auth)/actions';
import { consumeEmailVerificationToken } from '@/db/queries/users';
import { actAs, requestCookies } from '../support/session';
import { createUser, unique } from '../factories';

async function userByEmail(email: string) {
  const db = await getDb();
  const [row] = await db.select().from(schema.users).where(eq(schema.users.email, email));
  return row;
}

describe('sign-up', () => {
  it('creates the account with an argon2id hash, queues the verification email, and signs in', async () => {
    await actAs(null);
    const email = `${unique('new')}@Example.test`;
    const result = await signUpAction({ name: 'Ada', email, password: 'long enough password' });
    expect(result.ok).toBe(true);
    const user = await userByEmail(email.toLowerCase());
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.emailVerified).toBeNull();
    expect(requestCookies.get('authjs.session-token')?.value).toBeTruthy();

    const db = await getDb();
    const [mail] = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.to, email.toLowerCase()));
    expect(mail?.template).toBe('verify-email');
    const token = decodeURIComponent(/verify-email\?token=([^"&\s]+)/.exec(mail!.text)![1]!);
    expect(await consumeEmailVerificationToken(db, token)).toEqual({ status: 'verified', email: email.toLowerCase() });
    expect((await userByEmail(email.toLowerCase()))?.emailVerified).toBeInstanceOf(Date);
    // Single use.
    expect(await consumeEmailVerificationToken(db, token)).toEqual({ status: 'invalid' });
  });

  it('refuses a taken email (any case) beside the field and a short password, writing nothing', async () => {
    const existing = await createUser();
    const taken = await signUpAction({ name: 'Copy', email: existing.email.toUpperCase(), password: 'long enough password' });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining('already exists')] } });
    const email = `${unique('short')}@example.test`;
    const short = await signUpAction({ name: 'Short', email, password: '123' });
    expect(short).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { password: ['Use at least 8 characters.'] } });
    expect(await userByEmail(email)).toBeUndefined();
  });
});

describe('sign-in', () => {
  it('answers a wrong password and an unknown email with the same words', async () => {
    await actAs(null);
    const email = `${unique('pw')}@example.test`;
    await signUpAction({ name: 'Pat', email, password: 'the right password' });
    await actAs(null);
    const wrong = await signInAction({ email, password: 'the wrong password' });
    const unknown = await signInAction({ email: `${unique('ghost')}@example.test`, password: 'the wrong password' });
    expect(wrong).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: 'Email or password is incorrect.' });
    expect(unknown).toEqual(wrong);
    expect(await signInAction({ email, password: 'the right password' })).toEqual({ ok: true, data: null });
  });
});
