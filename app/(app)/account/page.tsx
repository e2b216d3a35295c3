import type { Metadata } from 'next';
import { getDb } from '@/db';
import { listSessions } from '@/db/queries/sessions';
import { findPasswordHash } from '@/db/queries/users';
import { requireUser } from '@/lib/auth/access';
import { describeDevice } from '@/lib/auth/device';
import { formatDateTime } from '@/components/ui/date';
import { ProfileForm } from './_components/profile-form';
import { PasswordForm } from './_components/password-form';
import { SessionList } from './_components/session-list';
import { AppLink } from '@/components/ui/app-link';

export const metadata: Metadata = { title: 'Account' };

const section = 'rounded-lg border border-border p-4 sm:p-6';

export default async function AccountPage() {
  const user = await requireUser();
  const db = await getDb();
  const [sessions, passwordHash] = await Promise.all([listSessions(db, user.id), findPasswordHash(db, user.id)]);
  const rows = sessions.map((s) => ({
    id: s.id,
    device: describeDevice(s.userAgent),
    ip: s.ip,
    lastActive: formatDateTime(s.lastActiveAt),
    signedIn: formatDateTime(s.createdAt),
    current: s.id === user.sessionId,
  }));
  return (
    <main className="mx-auto w-full max-w-3xl space-y-6 p-4 sm:p-6">
      <div>
        <h1 className="text-xl font-semibold">Account</h1>
        <p className="text-sm text-fg-muted">Your profile, your password and the devices signed in to your account.</p>
      </div>
      <section aria-labelledby="profile-heading" className={section}>
        <h2 id="profile-heading" className="mb-4 font-semibold">
          Profile
        </h2>
        <ProfileForm name={user.name ?? ''} email={user.email} verified={user.emailVerified} />
      </section>
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="mb-1 font-semibold">
          Password
        </h2>
        <p className="mb-4 text-sm text-fg-muted">
          {passwordHash
            ? 'Changing it signs out every other device.'
            : 'Your account has no password: you sign in with emailed links. Set one to sign in with it too.'}
        </p>
        <PasswordForm hasPassword={Boolean(passwordHash)} />
      </section>
      <section aria-labelledby="sessions-heading" className={section}>
        <h2 id="sessions-heading" className="mb-1 font-semibold">
          Sessions
        </h2>
        <p className="mb-4 text-sm text-fg-muted">Devices signed in to your account. Revoke any you do not recognise.</p>
        <SessionList sessions={rows} />
      </section>
      <section aria-labelledby="tokens-heading" className={section}>
        <h2 id="tokens-heading" className="mb-1 font-semibold">
          API tokens
        </h2>
        <p className="text-sm text-fg-muted">
          Scripts and services call the Roster API with a personal access token.{' '}
          <AppLink href="/account/tokens" className="font-medium text-accent underline-offset-2 hover:underline">
            Manage your tokens
          </AppLink>
        </p>
      </section>
    </main>
  );
}
