'use client';

import type { ReactNode } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { Tabs } from '@/components/ui/tabs';

type TeamTab = 'members' | 'apps';

/**
 * The active tab lives in the URL (?tab=apps) and only its page of rows comes with the page: a team of
 * thousands of members must not send them all. Switching starts the other tab at its first page, unsearched.
 */
export function TeamTabs({
  active,
  counts,
  members,
  apps,
}: {
  active: TeamTab;
  counts: { members: number; apps: number };
  members: ReactNode;
  apps: ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <Tabs<TeamTab>
      label="Team"
      value={active}
      onSelect={(next) => router.replace(next === 'apps' ? `${pathname}?tab=apps` : pathname)}
      tabs={[
        { value: 'members', label: 'Members', count: counts.members, panel: members },
        { value: 'apps', label: 'Apps', count: counts.apps, panel: apps },
      ]}
    />
  );
}
