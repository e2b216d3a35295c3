import type { Metadata } from 'next';
import { getDb } from '@/db';
import { listPersonalApps } from '@/db/queries/apps';
import { requireUser } from '@/lib/auth/access';
import { AppList } from '@/components/apps/app-list';
import { CreatePersonalApp } from './create-personal-app';

export const metadata: Metadata = { title: 'Projects' };

export default async function PersonalAppsPage() {
  const user = await requireUser();
  const apps = await listPersonalApps(await getDb(), user.id);
  return (
    <main className="w-full p-4 sm:p-6">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Projects</h1>
          <p className="text-sm text-fg-muted">
            Your projects: apps you own personally. Transfer one to an organization from its settings.
          </p>
        </div>
        {apps.length > 0 ? <CreatePersonalApp /> : null}
      </div>
      <AppList
        apps={apps}
        hrefFor={(slug) => `/me/apps/${slug}/settings`}
        empty="You have no projects yet."
        emptyAction={<CreatePersonalApp />}
      />
    </main>
  );
}
