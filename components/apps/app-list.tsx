import type { ReactNode } from 'react';
import { AppWindow } from '@/components/ui/icons';
import { AppLink } from '@/components/ui/app-link';
import type { AppDto } from '@/db/queries/apps';
import { formatDate } from '@/components/ui/date';
import { EmptyState } from '@/components/ui/empty-state';

export function AppList({
  apps,
  hrefFor,
  empty,
  emptyAction,
}: {
  apps: AppDto[];
  hrefFor: (slug: string) => string;
  empty: string;
  /** The create button, shown in the empty state (and then not in the page's header). */
  emptyAction?: ReactNode;
}) {
  if (apps.length === 0) {
    return <EmptyState action={emptyAction}>{empty}</EmptyState>;
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {apps.map((app) => (
        <li key={app.id} className="rounded-lg border border-border p-4 hover:bg-bg-subtle">
          <div className="flex items-center gap-2">
            <AppWindow size={16} aria-hidden className="text-fg-muted" />
            <AppLink href={hrefFor(app.slug)} className="font-medium hover:underline">
              {app.slug}
            </AppLink>
          </div>
          <p className="mt-1 text-sm">{app.name}</p>
          <p className="mt-1 text-xs text-fg-muted">Created {formatDate(app.createdAt)}</p>
        </li>
      ))}
    </ul>
  );
}
