import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from '../_components/sign-up-form';
import { safeRedirect } from '../_components/safe-redirect';
import { singleValues, type RawSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Create account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = singleValues(await searchParams);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-6 text-sm text-fg-muted">
        Already have one?{' '}
        <Link className="font-medium text-accent underline" href="/sign-in">
          Sign in
        </Link>
      </p>
      <SignUpForm callbackUrl={safeRedirect(params.callbackUrl)} />
    </>
  );
}
