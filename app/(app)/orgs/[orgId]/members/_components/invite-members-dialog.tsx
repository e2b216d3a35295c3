'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { UserPlus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { FormActions } from '@/components/ui/form-actions';
import { Dialog } from '@/components/ui/dialog';
import { FormError, inputClass } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { inviteMembersSchema } from '@/lib/validations/members';
import { ORG_ROLE_DESCRIPTIONS, ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import type { InviteOutcome } from '@/db/queries/invitations';
import { VerifyEmailFirst } from '@/app/(app)/organizations/_components/verify-email-first';
import { inviteMembersAction } from '../actions';

/** `verified`: the Admin's own address is proven; until it is, the dialog says so instead of offering the form. */
export function InviteMembersDialog({ orgId, roles, verified }: { orgId: string; roles: OrgRole[]; verified: boolean }) {
  const [open, setOpen] = useState(false);
  const hintId = useId();
  // The role chosen last is kept for the next invitation; the form itself exists only while the dialog
  // is open (every members page render would otherwise build a form with its resolver, unseen).
  const [lastRole, setLastRole] = useState<OrgRole>('org_user');
  const dialog = (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Invite Members"
      description={
        verified ? 'Each person gets an email with a link to accept, and a notification if they already have an account.' : undefined
      }
      trigger={
        <Button aria-describedby={verified ? undefined : hintId}>
          <UserPlus size={16} aria-hidden /> Invite Members
        </Button>
      }
    >
      {verified ? (
        <InviteMembersForm orgId={orgId} roles={roles} initialRole={lastRole} onRoleUsed={setLastRole} close={() => setOpen(false)} />
      ) : (
        <VerifyEmailFirst what="invite members" onClose={() => setOpen(false)} />
      )}
    </Dialog>
  );
  if (verified) return dialog;
  // The reason stands next to the button, before anyone opens the dialog.
  return (
    <div className="flex flex-col items-end gap-1">
      {dialog}
      <p id={hintId} className="text-xs text-fg-muted">
        Verify your email address to invite members.
      </p>
    </div>
  );
}

function InviteMembersForm({
  orgId,
  roles,
  initialRole,
  onRoleUsed,
  close,
}: {
  orgId: string;
  roles: OrgRole[];
  initialRole: OrgRole;
  onRoleUsed: (role: OrgRole) => void;
  close: () => void;
}) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<InviteOutcome | null>(null);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: inviteMembersSchema,
    defaultValues: { orgId, emails: '', role: initialRole },
    action: inviteMembersAction,
    onSuccess: (data) => {
      toast.success(`Invited ${data.invited.length} ${data.invited.length === 1 ? 'person' : 'people'}.`);
      router.refresh();
      onRoleUsed(form.getValues('role') as OrgRole);
      if (data.skipped.length === 0) {
        close();
      } else {
        setOutcome(data);
      }
    },
  });
  const emailsError = errorOf('emails');
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-emails" className="text-sm font-medium">
          Email
        </label>
        <textarea
          id="invite-emails"
          rows={3}
          placeholder="ada@example.com, grace@example.com"
          aria-invalid={emailsError ? true : undefined}
          aria-describedby={emailsError ? 'invite-emails-error' : 'invite-emails-hint'}
          className={`${inputClass} h-auto py-2`}
          {...form.register('emails')}
        />
        {emailsError ? (
          <p id="invite-emails-error" role="alert" className="text-xs text-danger">
            {emailsError}
          </p>
        ) : (
          <p id="invite-emails-hint" className="text-xs text-fg-muted">
            One or more addresses, separated by commas or new lines.
          </p>
        )}
      </div>
      <SelectField
        label="Role"
        options={roles.map((role) => ({ value: role, label: ORG_ROLE_LABELS[role], title: ORG_ROLE_DESCRIPTIONS[role] }))}
        hint={ORG_ROLE_DESCRIPTIONS[form.watch('role') as OrgRole]}
        error={errorOf('role')}
        {...form.register('role')}
      />
      {outcome ? (
        <div role="status" className="rounded-md border border-border bg-bg-subtle p-3 text-sm">
          <p className="font-medium">Invited {outcome.invited.length}; not invited:</p>
          <ul className="mt-1 list-disc pl-5">
            {outcome.skipped.map((s) => (
              <li key={s.email}>
                {s.email} {s.reason}
                {s.invitationId ? ' (resend it from Pending invitations)' : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FormError message={formError} />
      <FormActions onCancel={close} submitting={submitting} />
    </form>
  );
}
