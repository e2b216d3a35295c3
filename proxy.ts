import NextAuth from 'next-auth';
import { authConfig } from './auth.config';

// Redirects signed-out visitors of account pages to /sign-in. It is a convenience, never the
// authorization check: every page and action verifies the session and membership itself.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|dev/).*)',
      // Link prefetches (the sidebar and top bar prefetch some 16 routes on every page view) answer with
      // the route tree only, never a signed-in page: no need to decrypt and re-issue the session for them.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
