import Link from 'next/link';

export default function CheckEmailPage() {
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Check your email</h1>
      <p className="text-sm text-fg-muted">If an account exists for that address, a sign-in link is on its way.</p>
      <Link href="/sign-in" className="mt-4 inline-block text-sm font-medium text-accent underline">
        Back to sign in
      </Link>
    </>
  );
}
