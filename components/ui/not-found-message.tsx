import { AppLink } from './app-link';

/**
 * The "not found" body of every not-found page: the public one (app/not-found.tsx) and the signed-in ones,
 * shown inside the top bar and, when the organization itself is open to the user, its sidebar. Same words
 * whether the thing does not exist or the user may not see it: no hint either way.
 */
export function NotFoundMessage() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-xl font-semibold">Not found or no access</h1>
      <p className="text-sm text-fg-muted">This page does not exist, or your account does not have access to it.</p>
      <AppLink href="/organizations" className="text-sm font-medium text-accent underline">
        Go to your organizations
      </AppLink>
    </main>
  );
}
