import { AsyncLocalStorage } from 'node:async_hooks';
import { encode } from 'next-auth/jwt';
import { getDb } from '@/db';
import { insertSession } from '@/db/queries/sessions';

const COOKIE = 'authjs.session-token';

/** A cookie jar standing in for the browser's: `actAs` puts a real Auth.js session token in it. */
class CookieJar {
  private jar = new Map<string, string>();
  get(name: string) {
    const value = this.jar.get(name);
    return value === undefined ? undefined : { name, value };
  }
  getAll() {
    return [...this.jar].map(([name, value]) => ({ name, value }));
  }
  has(name: string) {
    return this.jar.has(name);
  }
  set(name: string | { name: string; value: string }, value?: string) {
    if (typeof name === 'object') this.jar.set(name.name, name.value);
    else this.jar.set(name, value ?? '');
    return this;
  }
  delete(name: string) {
    this.jar.delete(name);
    return this;
  }
  clear() {
    this.jar.clear();
  }
  toHeader() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const defaultJar = new CookieJar();
const scopedJar = new AsyncLocalStorage<CookieJar>();

/** The jar of the current simulated request: a `runAs` scope's own, or the one `actAs` fills. */
export const requestCookies = new Proxy(defaultJar, {
  get(_target, property) {
    const jar = scopedJar.getStore() ?? defaultJar;
    const value = Reflect.get(jar, property, jar);
    return typeof value === 'function' ? value.bind(jar) : value;
  },
});

/** A session row as signing in makes, and a token naming it, as Auth.js issues at sign-in. */
export async function sessionToken(user: { id: string; email?: string }): Promise<string> {
  const sid = await insertSession(await getDb(), user.id, { userAgent: 'vitest', ip: '127.0.0.1' }).catch(
    // No such user (a test acting as an account that is gone): a token whose session does not exist.
    () => `missing-${user.id}`,
  );
  return encode({ token: { sub: user.id, email: user.email, sid }, secret: process.env.AUTH_SECRET!, salt: COOKIE });
}

/** Signs the next server-action calls in as this user (a JWT as Auth.js itself issues), or signs out. */
export async function actAs(user: { id: string; email?: string } | null): Promise<void> {
  defaultJar.clear();
  if (user) defaultJar.set(COOKIE, await sessionToken(user));
}

/** Runs `fn` as a request of its own signed in as `user`, so concurrent calls can be different users. */
export async function runAs<T>(user: { id: string; email?: string }, fn: () => Promise<T>): Promise<T> {
  const jar = new CookieJar();
  jar.set(COOKIE, await sessionToken(user));
  return scopedJar.run(jar, fn);
}

/** Runs `fn` with these headers added to every simulated request (a forged Host, a client address). */
export async function withRequestHeaders<T>(extra: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const state = globalThis as unknown as { __rosterRequestHeaders?: Record<string, string> };
  const before = state.__rosterRequestHeaders;
  state.__rosterRequestHeaders = { ...before, ...extra };
  try {
    return await fn();
  } finally {
    state.__rosterRequestHeaders = before;
  }
}
