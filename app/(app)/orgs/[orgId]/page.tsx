import type { Metadata } from 'next';
import { requireOrgAccess } from '@/lib/auth/access';

export const metadata: Metadata = { title: 'Apps' };

export default async function OrgAppsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { org } = await requireOrgAccess(orgId);
  return (
    <main className="p-4 sm:p-6">
      <h1 className="text-xl font-semibold">{org.name}</h1>
      <p className="mb-6 text-sm text-fg-muted">Organization ID: {org.id}</p>
      <section aria-labelledby="apps-heading" className="rounded-lg border border-dashed border-border p-10 text-center">
        <h2 id="apps-heading" className="font-medium">Apps</h2>
        <p className="mt-1 text-sm text-fg-muted">This organization has no apps yet.</p>
      </section>
    </main>
  );
}
