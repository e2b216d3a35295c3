import type { Metadata } from 'next';
import { requireOrgAccess } from '@/lib/auth/access';
import { can } from '@/lib/permissions';
import { OrganizationSettingsForm } from './_components/organization-settings-form';
import { DeleteOrganizationButton } from './_components/delete-organization-button';

export const metadata: Metadata = { title: 'Organization settings' };

export default async function OrganizationSettingsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { org, role } = await requireOrgAccess(orgId, 'org.settings');
  return (
    <main className="space-y-6 p-4 sm:p-6">
      <div>
        <h1 className="text-xl font-semibold">Organization settings</h1>
        <p className="text-sm text-fg-muted">The organization&apos;s name and where its billing mail goes.</p>
      </div>

      <section aria-labelledby="general-heading" className="rounded-lg border border-border p-4">
        <h2 id="general-heading" className="font-semibold">
          General
        </h2>
        <dl className="mt-2 mb-4 text-sm">
          <dt className="text-fg-muted">Organization ID</dt>
          <dd>
            <code>{org.id}</code> <span className="text-fg-muted">— in every address of the organization; it cannot be changed.</span>
          </dd>
        </dl>
        {/* Keyed by the saved values: after a save elsewhere (another tab, another Admin), a reload shows them. */}
        <OrganizationSettingsForm key={JSON.stringify([org.name, org.billingEmail])} org={org} />
      </section>

      {can(role, 'org.delete') ? (
        <section aria-labelledby="danger-heading" className="rounded-lg border border-danger/40 p-4">
          <h2 id="danger-heading" className="font-semibold">
            Danger zone
          </h2>
          <p className="mt-1 mb-3 text-sm text-fg-muted">
            Deleting the organization deletes its members&apos; access, its teams, apps, compute and audit log. It cannot be undone.
          </p>
          <DeleteOrganizationButton org={{ id: org.id, name: org.name }} />
        </section>
      ) : null}
    </main>
  );
}
