import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { consumeEmailVerificationToken } from '@/db/queries/users';
import { notifyPendingInvitationsFor } from '@/db/queries/invitations';
import { singleValues, type RawSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Verify email' };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { token } = singleValues(await searchParams);
  const db = await getDb();
  const outcome =
    token && token.length <= 200
      ? await db.transaction(async (tx) => {
          const result = await consumeEmailVerificationToken(tx, token);
          // A verified address now receives its pending invitations in the notification bar.
          if (result.status === 'verified') await notifyPendingInvitationsFor(tx, result.email);
          return result.status;
        })
      : 'invalid';
  return outcome === 'verified' ? (
    <>
      <h1 className="mb-2 text-xl font-semibold">Email verified</h1>
      <p className="text-sm text-fg-muted">Thank you. Organizations can now invite you at this address.</p>
      <Link href="/organizations" className="mt-4 inline-block text-sm font-medium text-accent underline">Continue to your organizations</Link>
    </>
  ) : (
    <>
      <h1 className="mb-2 text-xl font-semibold">This verification link is invalid or has expired</h1>
      <p className="text-sm text-fg-muted">Links work once and expire after 24 hours. Sign in to send a new one.</p>
      <Link href="/sign-in" className="mt-4 inline-block text-sm font-medium text-accent underline">Sign in</Link>
    </>
  );
}
