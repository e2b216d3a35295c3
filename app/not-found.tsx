import Link from 'next/link';

// Same page whether the thing does not exist or the user may not see it: no hint either way.
export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-xl font-semibold">Not found or no access</h1>
      <p className="text-sm text-fg-muted">This page does not exist, or your account does not have access to it.</p>
      <Link href="/organizations" className="text-sm font-medium text-accent underline">
        Go to your organizations
      </Link>
    </main>
  );
}
