import { afterEach, describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { eq, sql } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { deleteSession, insertSession } from '@/db/queries/sessions';
import { loadSignedInShell } from '@/db/queries/shell';
import { getCurrentUser } from '@/lib/auth/session';
import { requestCookies } from '../support/session';
import { createUser } from '../factories';
// Auth.js's own cookie chunker (not exported by the package): if Auth.js changes how it splits a large
// session cookie, the test below fails instead of every large session silently signing out.
import { SessionStore } from '../../node_modules/@auth/core/lib/utils/cookie.js';

const COOKIE = 'authjs.session-token';
const SECURE = `__Secure-${COOKIE}`;

/** A token as Auth.js issues at sign-in: the user, and the id of a session row (made here unless given). */
async function token(sub: string, options: { salt?: string; secret?: string; maxAge?: number; sid?: string | null } = {}) {
  const sid =
    options.sid === undefined ? await insertSession(await getDb(), sub, { userAgent: null, ip: null }).catch(() => 'none') : options.sid;
  const claims = sid === null ? { sub } : { sub, sid };
  return encode({
    token: claims,
    secret: options.secret ?? process.env.AUTH_SECRET!,
    salt: options.salt ?? COOKIE,
    maxAge: options.maxAge,
  });
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

  it('joins the chunks Auth.js itself writes for a session cookie over 4 KB', async () => {
    const user = await createUser();
    const db = await getDb();
    const sid = await insertSession(db, user.id, { userAgent: null, ip: null });
    const large = await encode({ token: { sub: user.id, sid, padding: 'x'.repeat(6000) }, secret: process.env.AUTH_SECRET!, salt: COOKIE });
    const store = new SessionStore({ name: COOKIE, options: {} }, {}, { debug: () => {}, warn: () => {}, error: () => {} });
    const chunks = (store.chunk(large, {}) as Array<{ name: string; value: string }>).filter((c) => c.value !== '');
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.reverse()) requestCookies.set(chunk.name, chunk.value);
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

  it('refuses a session signed out or revoked on the server on its very next request, and one unused for 30 days', async () => {
    const db = await getDb();
    const user = await createUser();
    // A token from before sessions were revocable names no session: not honoured.
    requestCookies.set(COOKIE, await token(user.id, { sid: null }));
    expect(await getCurrentUser()).toBeNull();

    const sid = await insertSession(db, user.id, { userAgent: 'test', ip: null });
    requestCookies.clear();
    requestCookies.set(COOKIE, await token(user.id, { sid }));
    expect(await getCurrentUser()).toMatchObject({ id: user.id, sessionId: sid });
    expect(await loadSignedInShell(db, user.id, sid)).not.toBeNull();
    // Another user's session id in this user's token is no session of theirs.
    const other = await createUser();
    const theirs = await insertSession(db, other.id, { userAgent: null, ip: null });
    requestCookies.clear();
    requestCookies.set(COOKIE, await token(user.id, { sid: theirs }));
    expect(await getCurrentUser()).toBeNull();
    expect(await loadSignedInShell(db, user.id, theirs)).toBeNull();

    expect(await deleteSession(db, user.id, sid)).toBe(true);
    requestCookies.clear();
    requestCookies.set(COOKIE, await token(user.id, { sid }));
    expect(await getCurrentUser()).toBeNull();
    expect(await loadSignedInShell(db, user.id, sid)).toBeNull();

    const idle = await insertSession(db, user.id, { userAgent: null, ip: null });
    await db
      .update(schema.userSessions)
      .set({ lastActiveAt: sql`now() - interval '31 days'` })
      .where(eq(schema.userSessions.id, idle));
    requestCookies.clear();
    requestCookies.set(COOKIE, await token(user.id, { sid: idle }));
    expect(await getCurrentUser()).toBeNull();
    expect(await loadSignedInShell(db, user.id, idle)).toBeNull();
  });

  it("writes a session's last activity at most every few minutes, from the shell read", async () => {
    const db = await getDb();
    const user = await createUser();
    const sid = await insertSession(db, user.id, { userAgent: null, ip: null });
    const lastActive = async () =>
      (await db.select().from(schema.userSessions).where(eq(schema.userSessions.id, sid)))[0]!.lastActiveAt.getTime();
    await db
      .update(schema.userSessions)
      .set({ lastActiveAt: sql`now() - interval '1 minute'` })
      .where(eq(schema.userSessions.id, sid));
    const recent = await lastActive();
    await loadSignedInShell(db, user.id, sid);
    expect(await lastActive()).toBe(recent);
    await db
      .update(schema.userSessions)
      .set({ lastActiveAt: sql`now() - interval '10 minutes'` })
      .where(eq(schema.userSessions.id, sid));
    await loadSignedInShell(db, user.id, sid);
    expect(Date.now() - (await lastActive())).toBeLessThan(60_000);
  });
});
