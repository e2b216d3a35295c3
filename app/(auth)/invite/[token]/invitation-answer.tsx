'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import type { FormState } from '@/lib/actions/form-state';
import { acceptInvitationAction, declineInvitationAction } from '@/app/(app)/notifications/actions';
import { switchAccountAction } from '../../actions';
import { answerInvitationFormAction } from './actions';

/**
 * Accept or Decline from the email's link. Before hydration, or without JavaScript, the browser posts the
 * form to answerInvitationFormAction (the pressed button says which answer) and lands where the answer
 * leads; once hydrated, it answers without a reload and says so in a toast.
 */
export function InvitationAnswer({ token }: { token: string }) {
  const router = useRouter();
  const [posted, formAction, pending] = useActionState(answerInvitationFormAction, null);
  // A posted answer already replaced by a hydrated one's is no longer shown.
  const [outdated, setOutdated] = useState<FormState>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function answer(accept: boolean) {
    setBusy(true);
    setError(null);
    const result = await (accept ? acceptInvitationAction : declineInvitationAction)({ token }).catch(() => null);
    setBusy(false);
    if (!result) return setError('Could not reach the server. Check your connection and try again.');
    if (!result.ok) return setError(result.message);
    if (accept) {
      toast.success(`You joined ${result.data.orgName}.`);
      router.replace(`/orgs/${result.data.orgId}`);
    } else {
      toast.success('Invitation declined.');
      router.replace('/organizations');
    }
    router.refresh();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutdated(posted);
    const choice = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value;
    if (choice === 'accept' || choice === 'decline') void answer(choice === 'accept');
  }

  const waiting = busy || pending;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormError message={error ?? (posted === outdated ? null : posted?.message)} />
      <div className="flex gap-2">
        <Button type="submit" name="answer" value="accept" disabled={waiting} postsWithoutScript>
          Accept
        </Button>
        <Button type="submit" name="answer" value="decline" variant="secondary" disabled={waiting} postsWithoutScript>
          Decline
        </Button>
      </div>
    </form>
  );
}

/** Signs out and comes back to the invitation; a plain form post, so it works without JavaScript too. */
export function SwitchAccountButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <form action={switchAccountAction.bind(null, callbackUrl)}>
      <Button type="submit" variant="secondary" postsWithoutScript>
        Sign out and switch account
      </Button>
    </form>
  );
}
