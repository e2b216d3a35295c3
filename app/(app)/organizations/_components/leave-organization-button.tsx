'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { leaveOrganizationAction } from '../actions';

export function LeaveOrganizationButton({ org }: { org: { id: string; name: string } }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(null);
      }}
      title={`Leave ${org.name}?`}
      description="You lose access to its apps and teams at once. An Admin can invite you again."
      trigger={<Button variant="secondary" aria-label={`Leave ${org.name}`}>Leave</Button>}
    >
      <FormError message={error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
        <Button
          variant="danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const result = await leaveOrganizationAction({ orgId: org.id });
            setBusy(false);
            if (!result.ok) {
              setError(result.message);
              return;
            }
            toast.success(`You left ${org.name}.`);
            setOpen(false);
            router.refresh();
          }}
        >
          Confirm
        </Button>
      </div>
    </Dialog>
  );
}
