'use client';

import { useId, useState } from 'react';
import { UserPlus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';
import { inviteMembersSchema } from '@/lib/validations/members';
import { DEFAULT_INVITE_ROLE, ORG_ROLE_DESCRIPTIONS, ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { VerifyEmailFirst, WithVerifyHint } from '@/app/(app)/organizations/_components/verify-email-first';
import { inviteMembersAction } from '../actions';

/** Who was invited and who was not, and why, as the action answers. */
type InviteOutcome = Extract<Awaited<ReturnType<typeof inviteMembersAction>>, { ok: true }>['data'];

/** `verified`: the Admin's own address is proven; until it is, the dialog says so instead of offering the form. */
export function InviteMembersDialog({ orgId, roles, verified }: { orgId: string; roles: OrgRole[]; verified: boolean }) {
  const hintId = useId();
  // The role chosen last is kept for the next invitation.
  const [lastRole, setLastRole] = useState<OrgRole>(DEFAULT_INVITE_ROLE);
  const dialog = (
    <FormDialog
      title="Invite Members"
      description={
        verified ? 'Each person gets an email with a link to accept, and a notification if they already have an account.' : undefined
      }
      trigger={
        <Button aria-describedby={verified ? undefined : hintId}>
          <UserPlus size={16} aria-hidden /> Invite Members
        </Button>
      }
      unavailable={verified ? undefined : (close) => <VerifyEmailFirst what="invite members" onClose={close} />}
      schema={inviteMembersSchema}
      defaultValues={{ orgId, emails: '', role: lastRole }}
      action={inviteMembersAction}
      success={(data) => `Invited ${data.invited.length} ${data.invited.length === 1 ? 'person' : 'people'}.`}
      onSuccess={(_, values) => setLastRole(values.role)}
      report={(data) => (data.skipped.length > 0 ? <NotInvited outcome={data} /> : null)}
    >
      {({ form, field }) => (
        <>
          <TextAreaField
            label="Email"
            rows={3}
            placeholder="ada@example.com, grace@example.com"
            hint="One or more addresses, separated by commas or new lines."
            {...field('emails')}
          />
          <SelectField
            label="Role"
            options={roles.map((role) => ({ value: role, label: ORG_ROLE_LABELS[role], title: ORG_ROLE_DESCRIPTIONS[role] }))}
            hint={ORG_ROLE_DESCRIPTIONS[form.watch('role')]}
            {...field('role')}
          />
        </>
      )}
    </FormDialog>
  );
  // The reason stands next to the button, before anyone opens the dialog.
  return (
    <WithVerifyHint verified={verified} hintId={hintId} what="invite members">
      {dialog}
    </WithVerifyHint>
  );
}

/** Some addresses were not invited (already members, already invited): which, and why. */
function NotInvited({ outcome }: { outcome: InviteOutcome }) {
  return (
    <>
      <p className="font-medium">Invited {outcome.invited.length}; not invited:</p>
      <ul className="mt-1 list-disc pl-5">
        {outcome.skipped.map((s) => (
          <li key={s.email}>
            {s.email} {s.reason}
            {s.invitationId ? ' (resend it from Pending invitations)' : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
