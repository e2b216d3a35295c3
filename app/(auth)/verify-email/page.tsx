import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { verifyEmailWithLink } from '@/lib/auth/account-security';
import { sessionClaims } from '@/lib/auth/session';
import { singleValues, type RawSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Verify email' };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { token } = singleValues(await searchParams);
  const outcome = token && token.length <= 200 ? await verifyEmailWithLink(token, await sessionClaims()) : { status: 'invalid' as const };
  // Opened outside the account's own session: the opener owns the address and chooses the password.
  if (outcome.status === 'claimed') redirect(`/reset-password?token=${encodeURIComponent(outcome.resetToken)}&verified=1`);
  return outcome.status === 'verified' ? (
    <>
      <h1 className="mb-2 text-xl font-semibold">Email verified</h1>
      <p className="text-sm text-fg-muted">Thank you. Organizations can now invite you at this address.</p>
      <Link href="/organizations" className="mt-4 inline-block text-sm font-medium text-accent underline">
        Continue to your organizations
      </Link>
    </>
  ) : (
    <>
      <h1 className="mb-2 text-xl font-semibold">This verification link is invalid or has expired</h1>
      <p className="text-sm text-fg-muted">Links work once and expire after 24 hours. Sign in to send a new one.</p>
      <Link href="/sign-in" className="mt-4 inline-block text-sm font-medium text-accent underline">
        Sign in
      </Link>
    </>
  );
}
