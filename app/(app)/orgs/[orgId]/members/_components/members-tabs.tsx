'use client';

import type { ReactNode } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Tabs } from 'radix-ui';

const tabClass =
  'border-b-2 border-transparent px-3 py-2 text-sm font-medium text-fg-muted data-[state=active]:border-accent data-[state=active]:text-fg';

/** The active tab lives in the URL (?tab=pending), so it survives reloads and can be linked to. */
export function MembersTabs({ active, counts, members, pending }: { active: 'members' | 'pending'; counts: { members: number; pending: number }; members: ReactNode; pending: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return (
    <Tabs.Root
      value={active}
      onValueChange={(value) => {
        const params = new URLSearchParams(searchParams.toString());
        params.delete('after');
        if (value === 'pending') params.set('tab', 'pending');
        else params.delete('tab');
        router.replace(`${pathname}${params.size ? `?${params}` : ''}`);
      }}
    >
      <Tabs.List aria-label="Members" className="mb-4 flex gap-2 border-b border-border">
        <Tabs.Trigger value="members" className={tabClass}>
          Organization members <span className="ml-1 text-xs tabular-nums text-fg-muted" aria-hidden>{counts.members}</span>
        </Tabs.Trigger>
        <Tabs.Trigger value="pending" className={tabClass}>
          Pending invitations <span className="ml-1 text-xs tabular-nums text-fg-muted" aria-hidden>{counts.pending}</span>
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="members">{members}</Tabs.Content>
      <Tabs.Content value="pending">{pending}</Tabs.Content>
    </Tabs.Root>
  );
}
