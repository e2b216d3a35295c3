'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { acceptInvitationAction, declineInvitationAction } from '@/app/(app)/notifications/actions';
import { switchAccountAction } from '../../actions';

export function InvitationAnswer({ token }: { token: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function answer(accept: boolean) {
    setBusy(true);
    setError(null);
    const result = await (accept ? acceptInvitationAction : declineInvitationAction)({ token });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    if (accept) {
      toast.success(`You joined ${result.data.orgName}.`);
      router.replace(`/orgs/${result.data.orgId}`);
    } else {
      toast.success('Invitation declined.');
      router.replace('/organizations');
    }
    router.refresh();
  }
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <div className="flex gap-2">
        <Button disabled={busy} onClick={() => answer(true)}>
          Accept
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => answer(false)}>
          Decline
        </Button>
      </div>
    </div>
  );
}

export function SwitchAccountButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <Button variant="secondary" onClick={() => void switchAccountAction(callbackUrl)}>
      Sign out and switch account
    </Button>
  );
}
