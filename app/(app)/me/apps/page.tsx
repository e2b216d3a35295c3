import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/access';

export const metadata: Metadata = { title: 'Personal workspace' };

export default async function PersonalAppsPage() {
  const user = await requireUser();
  return (
    <main className="w-full p-4 sm:p-6">
      <h1 className="text-xl font-semibold">Projects</h1>
      <p className="mb-6 text-sm text-fg-muted">Apps owned by {user.name ?? user.email} personally.</p>
      <div className="rounded-lg border border-dashed border-border p-10 text-center text-sm text-fg-muted">
        You have no personal apps yet.
      </div>
    </main>
  );
}
