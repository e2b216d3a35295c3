import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { and, eq } from 'drizzle-orm';
import { sessionAlive } from '@/db/queries/sessions';
import { getDb, schema } from '@/db';
import { readSessionToken } from './session-token';
import { authSecrets } from '@/lib/env';

export type CurrentUser = { id: string; name: string | null; email: string; emailVerified: boolean; sessionId: string };

/** Who the session cookie says is signed in, and which of their sessions (a user_sessions row) it is. */
export type SessionClaims = { userId: string; sessionId: string };

// Auth.js names the session cookie with the __Secure- prefix on HTTPS; the name is also the key's salt.
const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'];

/**
 * The user and session ids of the request's session token: the same cookie, secret and checks as Auth.js's `auth()`,
 * without what `auth()` adds for a page that cannot set cookies anyway — a CSRF token and a re-encrypted
 * token per call — and without WebCrypto's thread-pool round trips (see session-token.ts). Rolling the
 * session's expiry stays with the proxy, which runs Auth.js on every navigation. Found by `npm run
 * bench`: `auth()` was close to a tenth of the CPU of a page.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const secret = authSecrets();
  if (secret.length === 0) return null;
  for (const name of SESSION_COOKIES) {
    // A token over 4 KB is split by Auth.js into name.0, name.1, … .
    const token =
      jar.get(name)?.value ??
      jar
        .getAll()
        .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
        .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
        .map((c) => c.value)
        .join('');
    if (!token) continue;
    // Tampered, expired or sealed with another secret: signed out, as with auth().
    const claims = readSessionToken(token, secret, name);
    // A token without a session id predates revocable sessions: it is not honoured.
    return typeof claims?.sub === 'string' && typeof claims.sid === 'string' ? { userId: claims.sub, sessionId: claims.sid } : null;
  }
  return null;
}

/**
 * The signed-in user, read from the database once per request together with their session. The token
 * only says who; a deleted account, or a session signed out, revoked or run out, is signed out on its
 * next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  const db = await getDb();
  const u = schema.users;
  const s = schema.userSessions;
  const [row] = await db
    .select({ id: u.id, name: u.name, email: u.email, verifiedAt: u.emailVerified })
    .from(u)
    .innerJoin(s, and(eq(s.userId, u.id), eq(s.id, claims.sessionId)))
    .where(and(eq(u.id, claims.userId), sessionAlive()))
    .limit(1);
  if (!row) return null;
  return { id: row.id, name: row.name, email: row.email, emailVerified: row.verifiedAt !== null, sessionId: claims.sessionId };
});
