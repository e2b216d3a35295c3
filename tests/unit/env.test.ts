import { describe, expect, it } from 'vitest';
import { envProblems } from '../../lib/env';

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
});
