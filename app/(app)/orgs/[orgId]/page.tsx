import type { Metadata } from 'next';
import { getDb } from '@/db';
import { listAppsForMember } from '@/db/queries/apps';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, roleGrantsOnApp } from '@/lib/permissions';
import { AppList } from '@/components/apps/app-list';
import { CreateOrgApp } from './_components/create-org-app';

export const metadata: Metadata = { title: 'Apps' };

export default async function OrgAppsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { org, role, user } = await requireOrgAccess(orgId);
  const apps = await listAppsForMember(await getDb(), orgId, { userId: user.id, role });
  const allApps = roleGrantsOnApp(role, 'app.view');
  return (
    <main className="p-4 sm:p-6">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">{org.name}</h1>
          <p className="text-sm text-fg-muted">
            {allApps ? 'Every app of this organization.' : 'The apps your teams give you access to.'} Organization ID: {org.id}
          </p>
        </div>
        {can(role, 'apps.create') ? <CreateOrgApp orgId={orgId} /> : null}
      </div>
      <h2 className="sr-only">Apps</h2>
      <AppList
        apps={apps.rows}
        hrefFor={(slug) => `/orgs/${orgId}/apps/${slug}`}
        empty={
          allApps
            ? can(role, 'apps.create')
              ? 'No apps yet — Create App.'
              : 'This organization has no apps yet.'
            : 'No team gives you access to an app yet.'
        }
      />
    </main>
  );
}
