'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { deleteTeamAction } from '../actions';

export function DeleteTeamButton({
  orgId,
  teamId,
  teamName,
  trigger,
  after,
}: {
  orgId: string;
  teamId: string;
  teamName: string;
  trigger?: ReactNode;
  after?: string;
}) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        trigger ?? (
          <Button variant="secondary" aria-label={`Delete team ${teamId}`}>
            Delete
          </Button>
        )
      }
      title={`Delete team ${teamName}?`}
      description="Its members lose what this team granted them on its apps. The members and the apps themselves remain."
      action={() => deleteTeamAction({ orgId, teamId })}
      onDone={() => {
        toast.success(`Team ${teamName} was deleted.`);
        if (after) router.replace(after);
        router.refresh();
      }}
    />
  );
}
