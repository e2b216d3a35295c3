import { beforeAll, vi } from 'vitest';
import { requestCookies } from './session';

// The outside world of a server action: the request's headers and cookies, and Next's cache. Everything
// behind them — Auth.js decoding the session cookie, the database, the permission checks — is real.
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ cookie: requestCookies.toHeader(), host: 'localhost:3000', 'x-forwarded-proto': 'http' }),
  cookies: async () => requestCookies,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, refresh: () => {} }));

const state = globalThis as unknown as { __rosterMigrated?: Promise<void> };

beforeAll(async () => {
  if (process.env.DATABASE_URL) return;
  state.__rosterMigrated ??= import('../../db/migrate').then((m) => m.migrateDatabase());
  await state.__rosterMigrated;
});
