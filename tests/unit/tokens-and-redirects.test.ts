import { describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../lib/tokens';
import { safeRedirect } from '../../app/(auth)/_components/safe-redirect';

describe('link tokens', () => {
  it('are 256-bit, unique, and stored only as their SHA-256', () => {
    const a = newToken();
    const b = newToken();
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});

describe('redirect after sign-in', () => {
  it.each([
    ['/orgs/acme', '/orgs/acme'],
    ['/invite/abc?x=1', '/invite/abc?x=1'],
    ['https://evil.example', '/organizations'],
    ['//evil.example', '/organizations'],
    ['/\\evil.example', '/organizations'],
    ['', '/organizations'],
    [undefined, '/organizations'],
  ])('%s → %s', (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });
});
