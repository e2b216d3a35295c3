import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { createElement } from 'react';
import { authConfig } from './auth.config';
import { getDb, schema } from '@/db';
import { findAccountByEmail, findCredentials } from '@/db/queries/users';
import { deleteSession, insertSession, isSessionAlive } from '@/db/queries/sessions';
import { verifyPassword } from '@/lib/auth/password';
import { claimUnprovenAddress } from '@/lib/auth/account-security';
import { clientIp, requestClient } from '@/lib/auth/client';
import { clearSignInFailures, reserveSignInAttempt } from '@/lib/auth/sign-in-limits';
import { afterResponse } from '@/lib/after-response';
import { consumeLimit } from '@/lib/limits';
import { appUrl } from '@/lib/env';
import { signInSchema } from '@/lib/validations/auth';
import { queueEmail, deliverEmail } from '@/lib/email/outbox';
import SignInLink, { signInLinkSubject } from '@/emails/sign-in-link';

export const SIGN_IN_LINK_PROVIDER = 'email-link';
const SIGN_IN_LINK_MINUTES = 15;

/** One message for a wrong password and an unknown email, so the form never reveals who has an account. */
class InvalidCredentials extends CredentialsSignin {
  code = 'invalid_credentials';
}

/** Too many failed sign-ins for the address or from the IP: refused before any password is hashed. */
export const SIGN_IN_LIMITED_CODE = 'rate_limited';
class SignInLimited extends CredentialsSignin {
  constructor(retryAfterS: number) {
    super();
    this.code = `${SIGN_IN_LIMITED_CODE}:${retryAfterS}`;
  }
}

/** The sign-in link's path and query on Roster's own address, whatever host the request named. */
function linkOnAppUrl(url: string): string {
  const parsed = new URL(url);
  return `${appUrl()}${parsed.pathname}${parsed.search}`;
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    ...authConfig,
    logger: {
      // A failed sign-in is an expected answer, not a server error worth a stack trace.
      error(error: Error) {
        // `type`, not `name`: class names are minified in the production build. AccessDenied is a link
        // asked for an address with no account (or out of allowance): expected too.
        const type = (error as Error & { type?: string }).type;
        if (type !== 'CredentialsSignin' && type !== 'AccessDenied') console.error('[auth]', error);
      },
    },
    adapter: DrizzleAdapter(db, {
      usersTable: schema.users,
      accountsTable: schema.accounts,
      sessionsTable: schema.sessions,
      verificationTokensTable: schema.verificationTokens,
    }),
    providers: [
      Credentials({
        credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
        async authorize(raw, request) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          const { email, password } = parsed.data;
          const ip = clientIp(request.headers);
          const allowed = await reserveSignInAttempt(email, ip);
          if (!allowed.ok) throw new SignInLimited(allowed.retryAfterS);
          const found = await findCredentials(db, email);
          const valid = await verifyPassword(found?.passwordHash, password);
          if (!found || !valid) throw new InvalidCredentials();
          await clearSignInFailures(email, ip);
          return { id: found.id, name: found.name, email: found.email };
        },
      }),
      {
        id: SIGN_IN_LINK_PROVIDER,
        type: 'email',
        name: 'Email link',
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, url }) {
          const link = linkOnAppUrl(url);
          // Written and sent after the response, so an existing account's answer takes no longer.
          afterResponse(async () => {
            const id = await queueEmail(db, {
              to: identifier,
              subject: signInLinkSubject(),
              template: 'sign-in-link',
              element: createElement(SignInLink, { url: link, expiresInMinutes: SIGN_IN_LINK_MINUTES }),
            });
            await deliverEmail(id);
          });
        },
      },
    ],
    callbacks: {
      ...authConfig.callbacks,
      async signIn({ user, account, email }) {
        if (account?.provider !== SIGN_IN_LINK_PROVIDER || !user.email) return true;
        if (email?.verificationRequest) {
          // Asking for a link: counted per address whether or not it has an account; only an existing
          // account gets one (sign-up creates accounts, with a password).
          const allowed = await consumeLimit('emailsPerAddress', user.email.toLowerCase());
          return allowed.ok && Boolean(await findAccountByEmail(db, user.email));
        }
        // Following a link: the address is proven. If it was not before, the password someone set
        // when creating the account is discarded and its sessions end (lib/auth/account-security).
        const found = await findAccountByEmail(db, user.email);
        if (!found) return false;
        if (!found.verifiedAt) await db.transaction((tx) => claimUnprovenAddress(tx, found).then(() => undefined));
        return true;
      },
      async session({ session, token }) {
        // /api/auth/session answers from the cookie alone: a session ended on the server shows no user.
        const alive = typeof token.sub === 'string' && typeof token.sid === 'string' && (await isSessionAlive(db, token.sub, token.sid));
        if (!alive) return { expires: session.expires } as typeof session;
        return authConfig.callbacks.session({ session, token } as Parameters<typeof authConfig.callbacks.session>[0]);
      },
      async jwt({ token, user }) {
        // Signing in starts a session row; the cookie carries its id, and each request checks it.
        if (user?.id) {
          token.sub = user.id;
          token.sid = await insertSession(db, user.id, await requestClient());
        }
        return token;
      },
    },
    events: {
      async signOut(message) {
        const token = 'token' in message ? message.token : null;
        if (typeof token?.sub === 'string' && typeof token.sid === 'string') await deleteSession(db, token.sub, token.sid);
      },
    },
  };
});
