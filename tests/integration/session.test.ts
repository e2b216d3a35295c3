import { afterEach, describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { getCurrentUser } from '@/lib/auth/session';
import { requestCookies } from '../support/session';
import { createUser } from '../factories';

const COOKIE = 'authjs.session-token';
const SECURE = `__Secure-${COOKIE}`;

function token(sub: string, options: { salt?: string; secret?: string; maxAge?: number } = {}) {
  return encode({ token: { sub }, secret: options.secret ?? process.env.AUTH_SECRET!, salt: options.salt ?? COOKIE, maxAge: options.maxAge });
}

describe('the session read by pages and actions (getCurrentUser)', () => {
  afterEach(() => requestCookies.clear());

  it('reads the user of a token Auth.js issued, on HTTP and on HTTPS (__Secure- cookie)', async () => {
    const user = await createUser();
    requestCookies.set(COOKIE, await token(user.id));
    expect(await getCurrentUser()).toMatchObject({ id: user.id, email: user.email });
    requestCookies.clear();
    requestCookies.set(SECURE, await token(user.id, { salt: SECURE }));
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it('joins a token Auth.js split into chunks (name.0, name.1, …)', async () => {
    const user = await createUser();
    const whole = await token(user.id);
    requestCookies.set(`${COOKIE}.1`, whole.slice(100));
    requestCookies.set(`${COOKIE}.0`, whole.slice(0, 100));
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it('signs out a tampered, expired, foreign-secret or wrong-salt token, and a deleted account', async () => {
    const user = await createUser();
    const good = await token(user.id);
    const refused = [
      `${good.slice(0, -4)}AAAA`,
      await token(user.id, { maxAge: -60 }),
      await token(user.id, { secret: 'another-secret-0123456789abcdef0123456789' }),
      await token(user.id, { salt: SECURE }), // a token of the secure cookie replayed in the plain one
      await token('00000000-0000-4000-8000-000000000000'),
    ];
    for (const value of refused) {
      requestCookies.clear();
      requestCookies.set(COOKIE, value);
      expect(await getCurrentUser()).toBeNull();
    }
    requestCookies.clear();
    expect(await getCurrentUser()).toBeNull();
  });
});
