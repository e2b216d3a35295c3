'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { inputClass } from '@/components/ui/field';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { changeMemberRoleAction, rescindInvitationAction, resendInvitationAction } from '../actions';

export function MemberRoleSelect({ orgId, userId, email, role, roles }: { orgId: string; userId: string; email: string; role: OrgRole; roles: OrgRole[] }) {
  const router = useRouter();
  const [value, setValue] = useState(role);
  const [busy, setBusy] = useState(false);
  return (
    <select
      aria-label={`Role for ${email}`}
      className={`${inputClass} min-w-36 sm:min-w-52`}
      value={value}
      disabled={busy}
      onChange={async (event) => {
        const next = event.target.value as OrgRole;
        setValue(next);
        setBusy(true);
        const result = await changeMemberRoleAction({ orgId, userId, role: next });
        setBusy(false);
        if (!result.ok) {
          setValue(role);
          toast.error(result.message);
          return;
        }
        toast.success(`${email} is now ${ORG_ROLE_LABELS[next]}.`);
        router.refresh();
      }}
    >
      {roles.map((r) => (
        <option key={r} value={r}>{ORG_ROLE_LABELS[r]}</option>
      ))}
    </select>
  );
}

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
