'use client';

import type { ReactNode } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Tabs } from '@/components/ui/tabs';

type MembersTab = 'members' | 'pending';

/** The active tab lives in the URL (?tab=pending), so it survives reloads and can be linked to. */
export function MembersTabs({
  active,
  counts,
  members,
  pending,
}: {
  active: MembersTab;
  counts: { members: number; pending: number };
  members: ReactNode;
  pending: ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return (
    <Tabs<MembersTab>
      label="Members"
      value={active}
      onSelect={(value) => {
        const params = new URLSearchParams(searchParams.toString());
        params.delete('after');
        if (value === 'pending') params.set('tab', 'pending');
        else params.delete('tab');
        router.replace(`${pathname}${params.size ? `?${params}` : ''}`);
      }}
      tabs={[
        { value: 'members', label: 'Organization members', count: counts.members, panel: members },
        { value: 'pending', label: 'Pending invitations', count: counts.pending, panel: pending },
      ]}
    />
  );
}
