import type { Metadata } from 'next';
import { getDb } from '@/db';
import { listAppsForMember } from '@/db/queries/apps';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, roleGrantsOnApp } from '@/lib/permissions';
import { singleValues } from '@/lib/search-params';
import { AppList } from '@/components/apps/app-list';
import { SearchForm } from '@/components/ui/search-form';
import { Pager } from '@/components/ui/pager';
import { CreateOrgApp } from './_components/create-org-app';
import { landOnFirstArea } from './_components/landing';

export const metadata: Metadata = { title: 'Apps' };

type Search = { q?: string; after?: string };

/** This page's own URL for a search and a cursor (the cursor belongs to the search). */
function appsHref(orgId: string, q: string | undefined, after?: string): string {
  const params = new URLSearchParams({ ...(q ? { q } : {}), ...(after ? { after } : {}) });
  return `/orgs/${orgId}${params.size ? `?${params}` : ''}`;
}

export default async function OrgAppsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams?: Promise<Partial<Record<keyof Search, string | string[]>>>;
}) {
  const { orgId } = await params;
  await landOnFirstArea(orgId);
  const search = singleValues(await searchParams);
  const q = search.q?.trim().slice(0, 100) || undefined;
  const { org, role, user } = await requireOrgAccess(orgId);
  // One statement whatever the number of apps: one page of the apps this member may see.
  const apps = await listAppsForMember(await getDb(), orgId, { userId: user.id, role }, { q, after: search.after });
  const allApps = roleGrantsOnApp(role, 'app.view');
  // An empty first page without a search: the create button moves into the empty state.
  const emptyList = !q && !search.after && apps.rows.length === 0;
  const empty = q
    ? `No apps match “${q}”.`
    : search.after
      ? 'No more apps.'
      : allApps
        ? can(role, 'apps.create')
          ? 'No apps yet.'
          : 'This organization has no apps yet.'
        : 'No team gives you access to an app, and no app is open to the whole organization yet.';
  return (
    <main className="p-4 sm:p-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold">{org.name}</h1>
          <p className="text-sm text-fg-muted">
            {allApps
              ? 'Every app of this organization.'
              : 'The apps your teams give you access to, and those open to the whole organization.'}{' '}
            Organization ID: {org.id}
          </p>
        </div>
        {can(role, 'apps.create') && !emptyList ? <CreateOrgApp orgId={orgId} /> : null}
      </div>
      <h2 className="sr-only">Apps</h2>
      {/* Nothing to search in a list that is empty on its first page without a search. */}
      {q || search.after || apps.rows.length > 0 ? (
        <SearchForm id="apps-search" action={`/orgs/${orgId}`} label="Search apps" q={q} placeholder="Search by App ID or name" />
      ) : null}
      <AppList
        apps={apps.rows}
        hrefFor={(slug) => `/orgs/${orgId}/apps/${slug}`}
        empty={empty}
        emptyAction={emptyList && can(role, 'apps.create') ? <CreateOrgApp orgId={orgId} /> : undefined}
      />
      <Pager firstHref={search.after ? appsHref(orgId, q) : null} nextHref={apps.nextCursor ? appsHref(orgId, q, apps.nextCursor) : null} />
    </main>
  );
}
