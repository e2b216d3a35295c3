'use client';

import { useState, type ReactNode } from 'react';
import { Tabs } from '@/components/ui/tabs';

type TeamTab = 'members' | 'apps';

export function TeamTabs({ active, counts, members, apps }: { active: TeamTab; counts: { members: number; apps: number }; members: ReactNode; apps: ReactNode }) {
  // Both panels come with the page: switching is instant, and the URL (?tab=apps) follows for links.
  const [value, setValue] = useState(active);
  return (
    <Tabs<TeamTab>
      label="Team"
      value={value}
      onSelect={(next) => {
        setValue(next);
        const url = new URL(window.location.href);
        if (next === 'apps') url.searchParams.set('tab', 'apps');
        else url.searchParams.delete('tab');
        window.history.replaceState(null, '', url);
      }}
      tabs={[
        { value: 'members', label: 'Members', count: counts.members, panel: members },
        { value: 'apps', label: 'Apps', count: counts.apps, panel: apps },
      ]}
    />
  );
}
