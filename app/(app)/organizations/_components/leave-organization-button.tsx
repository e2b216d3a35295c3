'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { leaveOrganizationAction } from '../actions';

export function LeaveOrganizationButton({ org }: { org: { id: string; name: string } }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" aria-label={`Leave ${org.name}`}>
          Leave
        </Button>
      }
      title={`Leave ${org.name}?`}
      description="You lose access to its apps and teams at once. An Admin can invite you again."
      action={() => leaveOrganizationAction({ orgId: org.id })}
      onDone={() => {
        toast.success(`You left ${org.name}.`);
        router.refresh();
      }}
    />
  );
}
