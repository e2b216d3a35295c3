import type { Metadata } from 'next';
import { getDb } from '@/db';
import { listOrganizationsForUser } from '@/db/queries/organizations';
import { requireUser } from '@/lib/auth/access';
import { can, ORG_ROLE_LABELS } from '@/lib/permissions';
import { AppLink } from '@/components/ui/app-link';
import { DataTable } from '@/components/ui/data-table';
import { buttonClass } from '@/components/ui/button-class';
import { singleValues } from '@/lib/search-params';
import { NewOrganizationDialog } from './_components/new-organization-dialog';
import { LeaveOrganizationButton } from './_components/leave-organization-button';

export const metadata: Metadata = { title: 'Organizations' };

export default async function OrganizationsPage({ searchParams }: { searchParams?: Promise<{ new?: string | string[] }> }) {
  const user = await requireUser();
  // ?new=1: the workspace switcher's `New Organization` item opens the dialog here.
  const openNew = singleValues(await searchParams).new === '1';
  const organizations = await listOrganizationsForUser(await getDb(), user.id);
  return (
    <main className="mx-auto w-full max-w-5xl p-4 sm:p-6">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Organizations</h1>
          <p className="text-sm text-fg-muted">The organizations you belong to, with your role in each.</p>
        </div>
        <NewOrganizationDialog key={openNew ? 'new' : 'list'} verified={user.emailVerified} defaultOpen={openNew} />
      </div>
      {organizations.length === 0 ? (
        <div className="rounded-lg border border-dashed border-border p-10 text-center">
          <p className="font-medium">No organizations yet</p>
          <p className="mt-1 text-sm text-fg-muted">
            {user.emailVerified
              ? 'Create one with New Organization, or accept an invitation.'
              : 'Accept an invitation from its email, or verify your email address to create one with New Organization.'}
          </p>
        </div>
      ) : (
        <DataTable
          caption="Your organizations"
          rows={organizations}
          rowKey={(org) => org.id}
          columns={[
            {
              header: 'Organization',
              cell: (org) => (
                <>
                  <AppLink href={`/orgs/${org.id}`}>{org.name}</AppLink>
                  <div>{org.id}</div>
                </>
              ),
            },
            { header: 'Your role', cell: (org) => ORG_ROLE_LABELS[org.role] },
            { header: 'Members', from: 'sm', numeric: true, cell: (org) => org.memberCount },
            {
              header: 'Actions',
              hideHeader: true,
              cell: (org) => (
                // Stacked on a phone, so the row fits without scrolling sideways.
                <div className="flex flex-col items-end gap-2 sm:flex-row sm:justify-end">
                  <LeaveOrganizationButton org={{ id: org.id, name: org.name }} />
                  {/* Renaming and deleting live on the organization's settings page, in one place. */}
                  {can(org.role, 'org.settings') ? (
                    <AppLink href={`/orgs/${org.id}/settings`} className={buttonClass('secondary')} aria-label={`Settings of ${org.id}`}>
                      Settings
                    </AppLink>
                  ) : null}
                </div>
              ),
            },
          ]}
        />
      )}
    </main>
  );
}
