import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { isPasswordResetTokenValid } from '@/db/queries/users';
import { singleValues, type RawSearchParams } from '@/lib/search-params';
import { ResetPasswordForm } from '../_components/reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { token, verified } = singleValues(await searchParams);
  const usable = Boolean(token && token.length <= 200 && (await isPasswordResetTokenValid(await getDb(), token)));
  if (!usable) {
    return (
      <>
        <h1 className="mb-2 text-xl font-semibold">This reset link is invalid or has expired</h1>
        <p className="text-sm text-fg-muted">Reset links work once and expire after 30 minutes.</p>
        <Link href="/forgot-password" className="mt-4 inline-block text-sm font-medium text-accent underline">
          Ask for a new link
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{verified === '1' ? 'Email verified — choose your password' : 'Choose a new password'}</h1>
      <p className="mb-6 text-sm text-fg-muted">
        {verified === '1'
          ? 'This address is yours. For your safety, any password set before it was verified no longer works: choose one now.'
          : 'Every device signed in to your account will be signed out.'}
      </p>
      <ResetPasswordForm token={token!} />
    </>
  );
}
