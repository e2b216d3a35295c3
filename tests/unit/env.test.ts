import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { authSecrets, envProblems, envValue } from '../../lib/env';

const root = path.join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const good = { AUTH_SECRET: 'x'.repeat(40) };

describe('environment validation', () => {
  it('accepts a minimal environment and a full one', () => {
    expect(envProblems(good)).toEqual([]);
    expect(
      envProblems({
        ...good,
        DATABASE_URL: 'postgres://u@h:5432/db',
        APP_URL: 'https://roster.example.com',
        RESEND_API_KEY: 're_123',
        EMAIL_FROM: 'Roster <r@example.com>',
        MAILBOX_ENABLED: '1',
      }),
    ).toEqual([]);
  });

  it('treats empty values as unset', () => {
    expect(envProblems({ ...good, DATABASE_URL: '', RESEND_API_KEY: '' })).toEqual([]);
  });

  it('reports one line per problem, naming the variable', () => {
    const problems = envProblems({
      AUTH_SECRET: 'short',
      DATABASE_URL: 'mysql://x',
      APP_URL: 'localhost',
      MAILBOX_ENABLED: 'yes',
      DATABASE_PREPARE: 'false',
    });
    expect(problems).toHaveLength(5);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'APP_URL',
      'AUTH_SECRET',
      'DATABASE_PREPARE',
      'DATABASE_URL',
      'MAILBOX_ENABLED',
    ]);
  });

  it('requires AUTH_SECRET', () => {
    expect(envProblems({})).toEqual([expect.stringMatching(/^AUTH_SECRET: /)]);
  });

  it('refuses to start in production without APP_URL, the only source of links in emails', () => {
    expect(envProblems({ ...good, NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^APP_URL: must be set in production/)]);
    expect(envProblems({ ...good, NODE_ENV: 'production', APP_URL: 'https://roster.example.com' })).toEqual([]);
    expect(envProblems({ ...good, NODE_ENV: 'development' })).toEqual([]);
  });

  it('validates every variable the code reads: pool size, rotation secrets, seeding, limits', () => {
    const problems = envProblems({
      ...good,
      DATABASE_POOL_SIZE: 'ten',
      AUTH_SECRET_1: 'short',
      SEED_DEMO: 'yes',
      LIMIT_SIGN_IN_PER_IP: '0',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'AUTH_SECRET_1',
      'DATABASE_POOL_SIZE',
      'LIMIT_SIGN_IN_PER_IP',
      'SEED_DEMO',
    ]);
    expect(envProblems({ ...good, DATABASE_POOL_SIZE: '20', LIMIT_EMAILS_PER_ADDRESS: '3', SEED_DEMO: '0' })).toEqual([]);
  });

  it('reads an empty value as unset, and lists the session secrets current one first', () => {
    expect(envValue('APP_URL', { APP_URL: '' })).toBeUndefined();
    const secrets = { AUTH_SECRET: 'a'.repeat(32), AUTH_SECRET_2: 'b'.repeat(32) };
    vi.stubEnv('AUTH_SECRET', secrets.AUTH_SECRET);
    vi.stubEnv('AUTH_SECRET_2', secrets.AUTH_SECRET_2);
    try {
      expect(authSecrets()).toEqual([secrets.AUTH_SECRET, secrets.AUTH_SECRET_2]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  // Configuration has one door: lib/env.ts. Elsewhere only a default source for tests and Auth.js's AUTH_URL.
  it('no application module reads process.env but lib/env.ts', () => {
    const dirs = ['app', 'lib', 'db', 'components', 'emails'].map((d) => path.join(root, d));
    const files = [...dirs.flatMap(sources), path.join(root, 'auth.ts'), path.join(root, 'auth.config.ts'), path.join(root, 'proxy.ts')];
    const offenders = files
      .filter((file) => !file.endsWith(path.join('lib', 'env.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /process\.env\b/.test(line) && !/= process\.env\)/.test(line) && !/process\.env\.AUTH_URL \|\|=/.test(line))
          .map((line) => `${path.relative(root, file)}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
