import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAppAccess } from '@/lib/auth/app-access';
import { buttonClass } from '@/components/ui/button-class';

export const metadata: Metadata = { title: 'App' };

export default async function AppPage({ params }: { params: Promise<{ orgId: string; appId: string }> }) {
  const { orgId, appId } = await params;
  const { app } = await requireAppAccess(orgId, appId);
  return (
    <main className="max-w-4xl p-4 sm:p-6">
      <Link href={`/orgs/${orgId}`} className="text-sm text-fg-muted hover:underline">← Apps</Link>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">{app.name}</h1>
          <p className="text-sm text-fg-muted">App ID: {app.slug}</p>
        </div>
        <nav aria-label="App">
          <Link href={`/orgs/${orgId}/apps/${app.slug}/settings`} className={buttonClass('secondary')}>Settings</Link>
        </nav>
      </div>
      <p className="mt-6 whitespace-pre-wrap text-sm">{app.description || 'No description yet.'}</p>
    </main>
  );
}
