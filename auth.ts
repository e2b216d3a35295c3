import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { createElement } from 'react';
import { authConfig } from './auth.config';
import { getDb, schema } from '@/db';
import { findCredentials, findUserIdByEmail } from '@/db/queries/users';
import { verifyPassword } from '@/lib/auth/password';
import { signInSchema } from '@/lib/validations/auth';
import { queueEmail, deliverEmail } from '@/lib/email/outbox';
import SignInLink, { signInLinkSubject } from '@/emails/sign-in-link';

export const SIGN_IN_LINK_PROVIDER = 'email-link';
const SIGN_IN_LINK_MINUTES = 15;

/** One message for a wrong password and an unknown email, so the form never reveals who has an account. */
class InvalidCredentials extends CredentialsSignin {
  code = 'invalid_credentials';
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    ...authConfig,
    logger: {
      // A failed sign-in is an expected answer, not a server error worth a stack trace.
      error(error: Error) {
        // `type`, not `name`: class names are minified in the production build.
        if ((error as Error & { type?: string }).type !== 'CredentialsSignin') console.error('[auth]', error);
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
        async authorize(raw) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          const found = await findCredentials(db, parsed.data.email);
          const valid = await verifyPassword(found?.passwordHash, parsed.data.password);
          if (!found || !valid) throw new InvalidCredentials();
          return { id: found.id, name: found.name, email: found.email };
        },
      }),
      {
        id: SIGN_IN_LINK_PROVIDER,
        type: 'email',
        name: 'Email link',
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, url }) {
          const id = await queueEmail(db, {
            to: identifier,
            subject: signInLinkSubject(),
            template: 'sign-in-link',
            element: createElement(SignInLink, { url, expiresInMinutes: SIGN_IN_LINK_MINUTES }),
          });
          await deliverEmail(id);
        },
      },
    ],
    callbacks: {
      ...authConfig.callbacks,
      async signIn({ user, account }) {
        // A sign-in link signs in an existing account; it never creates one (sign-up does, with a password).
        if (account?.provider === SIGN_IN_LINK_PROVIDER) {
          return Boolean(user.email && (await findUserIdByEmail(db, user.email)));
        }
        return true;
      },
    },
  };
});
