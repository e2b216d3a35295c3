import type { NextAuthConfig } from 'next-auth';

/**
 * The database-free part of the Auth.js configuration, shared by the proxy (which only redirects) and
 * auth.ts. Authorization never happens here: pages and actions read membership from the database.
 */
export const authConfig = {
  pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in' },
  session: { strategy: 'jwt' },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      const needsAccount = /^\/(orgs|organizations|me)(\/|$)/.test(pathname);
      return needsAccount ? Boolean(auth?.user) : true;
    },
    jwt({ token, user }) {
      // Only the user id travels in the token: roles and memberships are read from the database.
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
