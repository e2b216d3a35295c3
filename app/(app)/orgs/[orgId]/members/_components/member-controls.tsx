'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { rescindInvitationAction, resendInvitationAction } from '../actions';

export function PendingInvitationControls({ orgId, invitationId, email, expired }: { orgId: string; invitationId: string; email: string; expired: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <div className="flex justify-end gap-2">
      <Button
        variant="secondary"
        aria-label={`Resend invitation to ${email}`}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await resendInvitationAction({ orgId, invitationId });
          setBusy(false);
          if (!result.ok) {
            toast.error(result.message);
            return;
          }
          toast.success(`A new invitation was sent to ${email}; the previous link no longer works.`);
          router.refresh();
        }}
      >
        {expired ? 'Re-invite' : 'Resend'}
      </Button>
      <ConfirmDialog
        trigger={<Button variant="secondary" aria-label={`Delete invitation to ${email}`}>Delete</Button>}
        title={`Delete the invitation to ${email}?`}
        description="The link in their email stops working and the notification disappears."
        action={() => rescindInvitationAction({ orgId, invitationId })}
        onDone={() => {
          toast.success(`The invitation to ${email} was deleted.`);
          router.refresh();
        }}
      />
    </div>
  );
}
