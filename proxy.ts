import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from 'next/server';
import { authConfig } from './auth.config';
import { envValue } from '@/lib/env';

// Redirects signed-out visitors of account pages to /sign-in. It is a convenience, never the
// authorization check: every page and action verifies the session and membership itself.
const { auth } = NextAuth(authConfig);
// Auth.js's `auth` is also a proxy when called with (request, event); its type only lists its other uses.
const authProxy = auth as unknown as NextMiddleware;

/** Two years, subdomains included: HTTPS only from the first HTTPS answer on. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/**
 * Whether the site is served over HTTPS: its public address (APP_URL) says so, or this request arrived
 * as https (a TLS-terminating load balancer sets x-forwarded-proto; Next sets it from the socket
 * otherwise). Decided per request, not in next.config.ts, whose headers are fixed when the app is built,
 * while APP_URL and the TLS setup belong to the deployment. A forged header on plain HTTP is harmless:
 * browsers ignore Strict-Transport-Security unless it arrives over HTTPS.
 */
export function servedOverHttps(request: NextRequest, appUrl = envValue('APP_URL') ?? ''): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return appUrl.toLowerCase().startsWith('https:') || forwarded === 'https' || request.nextUrl.protocol === 'https:';
}

/** Auth.js's redirect for signed-out visitors, plus HSTS on every answer served over HTTPS. No database here. */
export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const response = (await authProxy(request, event)) ?? NextResponse.next();
  if (servedOverHttps(request)) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api|scim/|_next/static|_next/image|favicon.ico|dev/).*)',
      // Link prefetches (the sidebar and top bar prefetch some 16 routes on every page view) answer with
      // the route tree only, never a signed-in page: no need to decrypt and re-issue the session for them.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
