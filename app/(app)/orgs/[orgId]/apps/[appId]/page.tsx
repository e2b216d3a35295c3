import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { workspaceCounts } from '@/db/queries/workspace';
import { requireAppAccess } from '@/lib/auth/app-access';

export const metadata: Metadata = { title: 'App' };

export default async function AppOverviewPage({ params }: { params: Promise<{ orgId: string; appId: string }> }) {
  const { orgId, appId } = await params;
  const { app, permissions, user } = await requireAppAccess(orgId, appId);
  const counts = await workspaceCounts(await getDb(), orgId, app.id, user.id);
  const base = `/orgs/${orgId}/apps/${app.slug}`;
  const allTasks = permissions.has('tasks.view');
  const cards = [
    { href: `${base}/models`, label: 'Models', value: counts.models, show: permissions.has('models.view') },
    { href: `${base}/workflows`, label: 'Workflows', value: counts.workflows, show: permissions.has('workflows.view') },
    { href: `${base}/concepts`, label: 'Concepts', value: counts.concepts, show: permissions.has('concepts.view') },
    {
      href: `${base}/datasets`,
      label: 'Datasets',
      value: counts.datasets,
      detail: `${counts.inputs.toLocaleString('en-US')} inputs`,
      show: permissions.has('datasets.view'),
    },
    {
      href: `${base}/tasks`,
      label: allTasks ? 'Labeling tasks' : 'Tasks assigned to you',
      value: allTasks ? counts.tasks : counts.assignedTasks,
      show: allTasks || permissions.has('tasks.work_assigned'),
    },
  ].filter((card) => card.show);
  return (
    <section aria-labelledby="overview-heading" className="space-y-6">
      <div>
        <h2 id="overview-heading" className="text-lg font-semibold">
          Overview
        </h2>
        <p className="mt-1 text-sm whitespace-pre-wrap">{app.description || 'No description yet.'}</p>
      </div>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {cards.map((card) => (
          <li key={card.href}>
            <Link href={card.href} className="block rounded-lg border border-border p-4 hover:bg-bg-subtle">
              <span className="block text-sm text-fg-muted">{card.label}</span>
              <span className="block text-2xl font-semibold tabular-nums">{card.value.toLocaleString('en-US')}</span>
              {card.detail ? <span className="block text-xs text-fg-muted">{card.detail}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
