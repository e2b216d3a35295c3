import { beforeAll, vi } from 'vitest';
import { requestCookies } from './session';

// The outside world of a server action: the request's headers and cookies, and Next's cache. Everything
// behind them — Auth.js decoding the session cookie, the database, the permission checks — is real.
vi.mock('next/headers', () => ({
  headers: async () =>
    new Headers({
      cookie: requestCookies.toHeader(),
      host: 'localhost:3000',
      'x-forwarded-proto': 'http',
      // What a test adds to the simulated request (tests/support/session.ts withRequestHeaders).
      ...(globalThis as unknown as { __rosterRequestHeaders?: Record<string, string> }).__rosterRequestHeaders,
    }),
  cookies: async () => requestCookies,
}));
// Work a route does after its response (next/server's after): held until the test runs it, so a test
// can see what the answer did not wait for.
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  // Tests render pages outside a request: as in a request, dynamic rendering is simply allowed.
  connection: async () => {},
  after: (task: (() => unknown) | Promise<unknown>) => {
    const state = globalThis as unknown as { __rosterAfter?: Array<() => unknown> };
    (state.__rosterAfter ??= []).push(typeof task === 'function' ? task : () => task);
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, refresh: () => {} }));

const state = globalThis as unknown as { __rosterMigrated?: Promise<void> };

beforeAll(async () => {
  if (process.env.DATABASE_URL) return;
  state.__rosterMigrated ??= import('../../db/migrate').then((m) => m.migrateDatabase());
  await state.__rosterMigrated;
});
