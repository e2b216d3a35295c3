import Link from 'next/link';
import { requireAppAccess } from '@/lib/auth/app-access';
import type { AppPermission } from '@/lib/permissions';
import { AppNav } from './_components/app-nav';

/** Each area of the workspace and the permission that lets a member view it (SPEC §3.3, §5). */
const AREAS: ReadonlyArray<{ segment: string; label: string; anyOf: readonly AppPermission[] }> = [
  { segment: 'models', label: 'Models', anyOf: ['models.view'] },
  { segment: 'workflows', label: 'Workflows', anyOf: ['workflows.view'] },
  { segment: 'concepts', label: 'Concepts', anyOf: ['concepts.view'] },
  { segment: 'datasets', label: 'Datasets', anyOf: ['datasets.view'] },
  // Every task ('tasks.view': read-only for an Organization User); a Labeler Worker only those assigned to them.
  { segment: 'tasks', label: 'Labeling tasks', anyOf: ['tasks.view', 'tasks.work_assigned'] },
  { segment: 'settings', label: 'Settings', anyOf: ['app.view'] },
];

export default async function AppWorkspaceLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ orgId: string; appId: string }>;
}) {
  const { orgId, appId } = await params;
  const { app, permissions } = await requireAppAccess(orgId, appId);
  const base = `/orgs/${orgId}/apps/${app.slug}`;
  const links = AREAS.filter((area) => area.anyOf.some((p) => permissions.has(p))).map((area) => ({
    href: `${base}/${area.segment}`,
    label: area.label,
  }));
  return (
    <main className="max-w-5xl p-4 sm:p-6">
      <Link href={`/orgs/${orgId}`} className="text-sm text-fg-muted hover:underline">
        ← Apps
      </Link>
      <div className="mt-2">
        <h1 className="text-xl font-semibold">
          <Link href={base} className="hover:underline">
            {app.name}
          </Link>
        </h1>
        <p className="text-sm text-fg-muted">App ID: {app.slug}</p>
      </div>
      <AppNav links={links} />
      <div className="mt-6">{children}</div>
    </main>
  );
}
