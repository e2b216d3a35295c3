import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServer, warnIfMailboxPublic } from '@/lib/startup';

// startServer's database steps, stubbed: this is about what it prints before them.
vi.mock('@/db/migrate', () => ({ migrateDatabase: async () => {} }));
vi.mock('@/db', () => ({ getDatabase: async () => ({ kind: 'postgres' }) }));
vi.mock('@/db/seed', () => ({ seedDemoIfEmpty: async () => null }));

const WARNING = 'roster: MAILBOX_ENABLED=1 serves every email, sign-in links included, at /dev/mailbox to anyone: never on a public server';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('the dev mailbox warning at server start', () => {
  it('is one line in production with MAILBOX_ENABLED=1', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnIfMailboxPublic({ NODE_ENV: 'production', MAILBOX_ENABLED: '1' });
    expect(warn.mock.calls).toEqual([[WARNING]]);
  });

  it('is printed by startServer', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('MAILBOX_ENABLED', '1');
    vi.stubEnv('AUTH_SECRET', 'unit-secret-0123456789abcdef0123456789');
    vi.stubEnv('RESEND_API_KEY', '');
    vi.stubEnv('APP_URL', 'https://roster.example.com');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error');
    await startServer();
    expect(error).not.toHaveBeenCalled();
    expect(warn.mock.calls).toEqual([[WARNING]]);
  });

  it.each([
    [{ NODE_ENV: 'production', MAILBOX_ENABLED: '0' }],
    [{ NODE_ENV: 'production' }],
    [{ NODE_ENV: 'development', MAILBOX_ENABLED: '1' }],
    [{ NODE_ENV: 'test', MAILBOX_ENABLED: '1' }],
  ])('is silent otherwise (%j)', (env) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnIfMailboxPublic(env);
    expect(warn).not.toHaveBeenCalled();
  });
});
