'use client';

import type { ReactNode } from 'react';
import { Tabs } from 'radix-ui';

const tabClass =
  'border-b-2 border-transparent px-3 py-2 text-sm font-medium text-fg-muted data-[state=active]:border-accent data-[state=active]:text-fg';

export function TeamTabs({ active, counts, members, apps }: { active: 'members' | 'apps'; counts: { members: number; apps: number }; members: ReactNode; apps: ReactNode }) {
  return (
    // Both panels are already rendered: switching is instant, and the URL (?tab=apps) follows for links.
    <Tabs.Root
      defaultValue={active}
      onValueChange={(value) => {
        const url = new URL(window.location.href);
        if (value === 'apps') url.searchParams.set('tab', 'apps');
        else url.searchParams.delete('tab');
        window.history.replaceState(null, '', url);
      }}
    >
      <Tabs.List aria-label="Team" className="mb-4 flex gap-2 border-b border-border">
        <Tabs.Trigger value="members" className={tabClass}>
          Members <span className="ml-1 text-xs tabular-nums text-fg-muted" aria-hidden>{counts.members}</span>
        </Tabs.Trigger>
        <Tabs.Trigger value="apps" className={tabClass}>
          Apps <span className="ml-1 text-xs tabular-nums text-fg-muted" aria-hidden>{counts.apps}</span>
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="members">{members}</Tabs.Content>
      <Tabs.Content value="apps">{apps}</Tabs.Content>
    </Tabs.Root>
  );
}
