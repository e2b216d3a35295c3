import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { listOrganizationsForUser } from '@/db/queries/organizations';
import { requireUser } from '@/lib/auth/access';
import { can, ORG_ROLE_LABELS } from '@/lib/permissions';
import { NewOrganizationDialog } from './_components/new-organization-dialog';
import { LeaveOrganizationButton } from './_components/leave-organization-button';
import { DeleteOrganizationButton } from './_components/delete-organization-button';

export const metadata: Metadata = { title: 'Organizations' };

export default async function OrganizationsPage() {
  const user = await requireUser();
  const organizations = await listOrganizationsForUser(await getDb(), user.id);
  return (
    <main className="mx-auto w-full max-w-5xl p-4 sm:p-6">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Organizations</h1>
          <p className="text-sm text-fg-muted">The organizations you belong to, with your role in each.</p>
        </div>
        <NewOrganizationDialog verified={user.emailVerified} />
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
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Your organizations</caption>
            <thead className="sticky top-0 bg-bg-subtle text-xs tracking-wide text-fg-muted uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Organization
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Your role
                </th>
                <th scope="col" className="hidden px-4 py-2 font-medium sm:table-cell">
                  Members
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((org) => (
                <tr key={org.id} className="border-t border-border">
                  <td className="px-4 py-3">
                    <Link href={`/orgs/${org.id}`} className="font-medium hover:underline">
                      {org.name}
                    </Link>
                    <div className="text-xs text-fg-muted">{org.id}</div>
                  </td>
                  <td className="px-4 py-3">{ORG_ROLE_LABELS[org.role]}</td>
                  <td className="hidden px-4 py-3 tabular-nums sm:table-cell">{org.memberCount}</td>
                  <td className="px-4 py-3">
                    <div className="flex justify-end gap-2">
                      <LeaveOrganizationButton org={{ id: org.id, name: org.name }} />
                      {can(org.role, 'org.delete') ? <DeleteOrganizationButton org={{ id: org.id, name: org.name }} /> : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
