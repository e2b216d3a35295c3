import type { Metadata } from 'next';
import Link from 'next/link';
import { singleValues, type RawSearchParams } from '@/lib/search-params';
import { ForgotPasswordForm } from '../_components/forgot-password-form';

export const metadata: Metadata = { title: 'Forgot password' };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { email } = singleValues(await searchParams);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Forgot password?</h1>
      <p className="mb-6 text-sm text-fg-muted">Enter the email of your account and we will send you a link to choose a new password.</p>
      <ForgotPasswordForm defaultEmail={email?.slice(0, 254) ?? ''} />
      <p className="mt-4 text-center text-sm">
        <Link className="font-medium text-accent underline" href="/sign-in">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
