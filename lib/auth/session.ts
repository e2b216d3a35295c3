import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { readSessionToken } from './session-token';

export type CurrentUser = { id: string; name: string | null; email: string; emailVerified: boolean };

// Auth.js names the session cookie with the __Secure- prefix on HTTPS; the name is also the key's salt.
const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'];

/** The secrets Auth.js itself reads (AUTH_SECRET, then AUTH_SECRET_1…3 while rotating). */
function authSecrets(): string[] {
  return [process.env.AUTH_SECRET, process.env.AUTH_SECRET_1, process.env.AUTH_SECRET_2, process.env.AUTH_SECRET_3].filter(
    (secret): secret is string => Boolean(secret),
  );
}

/**
 * The user id of the request's session token: the same cookie, secret and checks as Auth.js's `auth()`,
 * without what `auth()` adds for a page that cannot set cookies anyway — a CSRF token and a re-encrypted
 * token per call — and without WebCrypto's thread-pool round trips (see session-token.ts). Rolling the
 * session's expiry stays with the proxy, which runs Auth.js on every navigation. Found by `npm run
 * bench`: `auth()` was close to a tenth of the CPU of a page.
 */
export async function sessionUserId(): Promise<string | null> {
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
    return typeof claims?.sub === 'string' ? claims.sub : null;
  }
  return null;
}

/**
 * The signed-in user, read from the database once per request. The token only says who; a deleted
 * account is signed out on its next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await sessionUserId();
  if (!id) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: schema.users.id, name: schema.users.name, email: schema.users.email, verifiedAt: schema.users.emailVerified })
    .from(schema.users)
    .where(eq(schema.users.id, id))
    .limit(1);
  if (!row) return null;
  return { id: row.id, name: row.name, email: row.email, emailVerified: row.verifiedAt !== null };
});
