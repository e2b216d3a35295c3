/**
 * Strict-Transport-Security is decided per request in the proxy (next.config.ts headers are fixed at
 * build time): sent when the site is served over HTTPS, never over plain HTTP, on pages and on the
 * proxy's own sign-in redirect alike.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextRequest, type NextFetchEvent } from 'next/server';
import proxy, { config, servedOverHttps, STRICT_TRANSPORT_SECURITY } from '@/proxy';

const event = { waitUntil: () => {} } as unknown as NextFetchEvent;
const request = (url: string, headers: Record<string, string> = {}) => new NextRequest(url, { headers });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('HSTS from the proxy', () => {
  it('is sent when the request arrived over HTTPS behind a proxy (x-forwarded-proto)', async () => {
    vi.stubEnv('APP_URL', 'http://localhost:3000');
    const page = await proxy(request('http://roster.example.com/sign-in', { 'x-forwarded-proto': 'https' }), event);
    expect(page.headers.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    // A signed-out visitor of an account page is redirected to /sign-in, with the header too.
    const redirect = await proxy(request('http://roster.example.com/organizations', { 'x-forwarded-proto': 'https' }), event);
    expect(redirect.status).toBe(307);
    expect(new URL(redirect.headers.get('location')!).pathname).toBe('/sign-in');
    expect(redirect.headers.get('Strict-Transport-Security')).toBe(STRICT_TRANSPORT_SECURITY);
  });

  it('is sent when APP_URL is https, or the URL itself is', async () => {
    vi.stubEnv('APP_URL', 'https://roster.example.com');
    expect(
      (await proxy(request('http://internal:3000/sign-in', { 'x-forwarded-proto': 'http' }), event)).headers.get(
        'Strict-Transport-Security',
      ),
    ).toBe(STRICT_TRANSPORT_SECURITY);
    vi.stubEnv('APP_URL', '');
    expect((await proxy(request('https://roster.example.com/sign-in'), event)).headers.get('Strict-Transport-Security')).toBe(
      STRICT_TRANSPORT_SECURITY,
    );
  });

  it('is not sent over plain HTTP', async () => {
    vi.stubEnv('APP_URL', 'http://localhost:3000');
    for (const url of ['http://localhost:3000/sign-in', 'http://localhost:3000/organizations']) {
      const response = await proxy(request(url, { 'x-forwarded-proto': 'http' }), event);
      expect(response.headers.get('Strict-Transport-Security')).toBeNull();
    }
    expect(servedOverHttps(request('http://localhost:3000/', { 'x-forwarded-proto': 'http,https' }), 'http://localhost:3000')).toBe(false);
    expect(servedOverHttps(request('http://localhost:3000/', { 'x-forwarded-proto': 'HTTPS' }), 'http://localhost:3000')).toBe(true);
  });

  it('keeps its matcher: static files, API and SCIM routes, the dev mailbox and prefetches skip the proxy', () => {
    expect(config.matcher[0]!.source).toBe('/((?!api|scim/|_next/static|_next/image|favicon.ico|dev/).*)');
    expect(config.matcher[0]!.missing).toHaveLength(2);
  });
});
