import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '../_components/sign-in-form';
import { safeRedirect } from '../_components/safe-redirect';
import { singleValues, type RawSearchParams } from '@/lib/search-params';
import { appUrl } from '@/lib/env';

/** The proxy sends signed-out visitors here with an absolute callbackUrl on Roster's own address: keep its path. */
function pathOnAppUrl(target: string | undefined): string | undefined {
  const origin = new URL(appUrl()).origin;
  return target?.startsWith(`${origin}/`) ? target.slice(origin.length) : target;
}

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = singleValues(await searchParams);
  // Checked once here: the form navigates to it and the sign-up link passes it on.
  const callbackUrl = safeRedirect(pathOnAppUrl(params.callbackUrl));
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-fg-muted">
        New here?{' '}
        <Link
          className="font-medium text-accent underline"
          href={`/sign-up${params.callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`}
        >
          Create an account
        </Link>
      </p>
      {params.error ? (
        <p role="alert" className="mb-4 rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger">
          That sign-in link is invalid or has expired. Ask for a new one.
        </p>
      ) : null}
      {params.reset === '1' ? (
        <p role="status" className="mb-4 rounded-md border border-border bg-bg-subtle px-3 py-2 text-sm">
          Your password is set. Sign in with it.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} defaultEmail={params.email?.slice(0, 254) ?? ''} />
      <p className="mt-4 text-center text-sm">
        <Link className="font-medium text-accent underline" href="/forgot-password">
          Forgot password?
        </Link>
      </p>
    </>
  );
}
