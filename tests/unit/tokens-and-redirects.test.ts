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
    ['/orgs/acme/members?tab=pending#top', '/orgs/acme/members?tab=pending#top'],
    ['/invite/abc%2Fdef', '/invite/abc%2Fdef'],
  ])('%s → %s', (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });

  // Each of these reaches another site in a browser (which strips TAB/CR/LF and reads \ as /) or runs script.
  it.each([
    '/\t/evil.example/x',
    '/\n/evil.example/x',
    '/\r/evil.example/x',
    '/\t\\evil.example',
    '/%09/evil.example/x',
    '/%0a/evil.example/x',
    '/%0A/evil.example',
    '/%0d/evil.example/x',
    '/%09%5Cevil.example',
    '/%5Cevil.example',
    '/%5C%5Cevil.example',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%252F%252Fevil.example',
    '/%25252F%25252Fevil.example',
    '\\evil.example',
    '\\/evil.example',
    '/\\/evil.example',
    '//evil.example/%2e%2e',
    '///evil.example',
    '/ /evil.example',
    '/\u00a0/evil.example',
    'https://evil.example/x',
    'http:evil.example',
    'HTTPS://evil.example',
    ' https://evil.example',
    '\thttps://evil.example',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'evil.example',
    '/orgs\u0000/x',
    '/orgs/\u007f',
    '/orgs/\u0085',
    '/orgs/\u2028x',
    '/orgs/\u2029x',
    '/orgs/\u202ex',
    '/orgs/\u2066x',
    '/orgs/%E2%80%AEx',
    '/orgs/%00',
    '/orgs/%',
    '/orgs/%E0%A4%A',
    `/${'a'.repeat(3000)}`,
  ])('refuses %j', (target) => {
    expect(safeRedirect(target)).toBe('/organizations');
  });

  it('answers only a path of this app, re-serialized by the URL parser', () => {
    expect(safeRedirect('/orgs/../orgs/acme?x=1')).toBe('/orgs/acme?x=1');
    expect(safeRedirect('/orgs/acme', '/sign-in')).toBe('/orgs/acme');
    expect(safeRedirect('//evil.example', '/sign-in')).toBe('/sign-in');
  });
});
