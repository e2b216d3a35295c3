import type { NextAuthConfig } from 'next-auth';
import { appUrl } from '@/lib/env';

// Auth.js builds its URLs (the sign-in link's included) from AUTH_URL when set, and from the request's
// Host / X-Forwarded-Host otherwise, which a client can forge. Roster's public address is APP_URL.
process.env.AUTH_URL ||= appUrl();

/**
 * The database-free part of the Auth.js configuration, shared by the proxy (which only redirects) and
 * auth.ts. Authorization never happens here: pages and actions read membership from the database.
 */
export const authConfig = {
  pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in' },
  session: { strategy: 'jwt' },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      const needsAccount = /^\/(orgs|organizations|me|account)(\/|$)/.test(pathname);
      return needsAccount ? Boolean(auth?.user) : true;
    },
    jwt({ token }) {
      // Only the user and session ids travel in the token (auth.ts sets them at sign-in): roles and
      // memberships are read from the database, and the session row decides whether it is still valid.
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
