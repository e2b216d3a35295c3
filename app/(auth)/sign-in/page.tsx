import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '../_components/sign-in-form';
import { safeRedirect } from '../_components/safe-redirect';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; email?: string; error?: string }> }) {
  const params = await searchParams;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-fg-muted">
        New here?{' '}
        <Link className="font-medium text-accent underline" href={`/sign-up${params.callbackUrl ? `?callbackUrl=${encodeURIComponent(params.callbackUrl)}` : ''}`}>
          Create an account
        </Link>
      </p>
      {params.error ? (
        <p role="alert" className="mb-4 rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger">
          That sign-in link is invalid or has expired. Ask for a new one.
        </p>
      ) : null}
      <SignInForm callbackUrl={safeRedirect(params.callbackUrl)} defaultEmail={params.email ?? ''} />
    </>
  );
}
