'use server';

import { redirect } from 'next/navigation';
import { userAction } from '@/lib/actions/wrapper';
import { formFailure, formText, type FormState } from '@/lib/actions/form-state';
import { respondToInvitationSchema } from '@/lib/validations/members';
import { acceptInvitation, declineInvitation } from '@/domain/invitations/answer-invitation';

const accept = userAction({ schema: respondToInvitationSchema, run: acceptInvitation });
const decline = userAction({ schema: respondToInvitationSchema, run: declineInvitation });

/** The email link's page names the invitation by its token; the notification bar by its id. */
function invitationRef(formData: unknown): { token: string } | { invitationId: string } {
  const token = formText(formData, 'token');
  return token ? { token } : { invitationId: formText(formData, 'invitationId') };
}

/** The email link's page, answered by the browser's own post (the pressed button says which); works without JavaScript. */
export async function answerInvitationFormAction(_state: FormState, formData: FormData): Promise<FormState> {
  const answer = formText(formData, 'answer');
  if (answer !== 'accept' && answer !== 'decline')
    return formFailure({ ok: false, code: 'VALIDATION', message: 'Choose Accept or Decline.' });
  const accepting = answer === 'accept';
  const result = await (accepting ? accept : decline)(invitationRef(formData));
  if (!result.ok) return formFailure(result);
  redirect(accepting ? `/orgs/${encodeURIComponent(result.data.orgId)}` : '/organizations');
}
