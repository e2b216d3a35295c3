import NextAuth from 'next-auth';
import { authConfig } from './auth.config';

// Redirects signed-out visitors of account pages to /sign-in. It is a convenience, never the
// authorization check: every page and action verifies the session and membership itself.
const { auth } = NextAuth(authConfig);
export default auth;

export const config = {
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico|dev/).*)'],
};
