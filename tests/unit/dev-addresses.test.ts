/**
 * Issue 18, item 4: `next dev` at 127.0.0.1 or the "Network" address it prints must get its scripts
 * (allowedDevOrigins), and links in emails follow the port the server listens on when APP_URL is unset.
 */
import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appUrl } from '../../lib/env';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('addresses in development', () => {
  it('email links use APP_URL when set, else localhost on the port Next listens on (PORT), never a request header', () => {
    vi.stubEnv('APP_URL', '');
    vi.stubEnv('PORT', '3207');
    expect(appUrl()).toBe('http://localhost:3207');
    vi.stubEnv('PORT', '');
    expect(appUrl()).toBe('http://localhost:3000');
    vi.stubEnv('PORT', '3207');
    vi.stubEnv('APP_URL', 'https://roster.example.com/');
    expect(appUrl()).toBe('https://roster.example.com');
  });

  it('the dev server serves its scripts to 127.0.0.1, localhost, this machine and ALLOWED_DEV_ORIGINS (hosts only)', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('ALLOWED_DEV_ORIGINS', 'roster.test, http://box.lan:3000 ,*.example.internal');
    const { default: config } = await import('../../next.config');
    const own = Object.values(os.networkInterfaces()).flatMap((l) =>
      (l ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address),
    );
    expect(config.allowedDevOrigins).toEqual(
      expect.arrayContaining(['localhost', '127.0.0.1', ...own, 'roster.test', 'box.lan', '*.example.internal']),
    );
    expect(config.allowedDevOrigins).not.toContain('');
  });

  it('a production build lists none (the check only exists in development)', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { default: config } = await import('../../next.config');
    expect(config.allowedDevOrigins).toBeUndefined();
  });
});
