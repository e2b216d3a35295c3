import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { findPersonalAppBySlug } from '@/db/queries/apps';
import { urlText } from '@/db/text';
import { transferDestinations } from '@/domain/apps/transfer-destinations';
import { requireUser } from '@/lib/auth/access';
import { formatDate } from '@/components/ui/date';
import { TransferDialog } from './transfer-dialog';

export const metadata: Metadata = { title: 'App settings' };

export default async function PersonalAppSettingsPage({ params }: { params: Promise<{ appId: string }> }) {
  const { appId } = await params;
  const user = await requireUser();
  const db = await getDb();
  const app = await findPersonalAppBySlug(db, user.id, urlText(appId, 48));
  if (!app) notFound();
  const destinations = await transferDestinations(db, user.id);
  return (
    <main className="w-full max-w-3xl space-y-8 p-4 sm:p-6">
      <div>
        <Link href="/me/apps" className="text-sm text-fg-muted hover:underline">
          ← Projects
        </Link>
        <h1 className="mt-2 text-xl font-semibold">{app.slug} settings</h1>
        <p className="text-sm text-fg-muted">
          {app.name} · created {formatDate(app.createdAt)}
        </p>
      </div>
      <section aria-labelledby="transfer-heading" className="rounded-lg border border-border p-4">
        <h2 id="transfer-heading" className="font-semibold">
          Transfer ownership
        </h2>
        <p className="mt-1 mb-3 text-sm text-fg-muted">
          Move this app into an organization where you may create apps. It leaves your personal workspace; the organization&apos;s Admins
          and teams then decide who can use it.
        </p>
        {destinations.length === 0 ? (
          <p className="text-sm text-fg-muted">You are not in an organization where you may create apps.</p>
        ) : (
          <TransferDialog appId={app.id} appSlug={app.slug} destinations={destinations} />
        )}
      </section>
    </main>
  );
}
