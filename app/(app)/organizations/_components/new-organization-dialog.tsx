'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { FormActions } from '@/components/ui/form-actions';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { createOrganizationSchema } from '@/lib/validations/organization';
import { createOrganizationAction } from '../actions';
import { VerifyEmailFirst } from './verify-email-first';

/** `verified`: the account's address is proven; until it is, the dialog says so instead of offering the form. */
export function NewOrganizationDialog({ verified }: { verified: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const hintId = useId();
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: createOrganizationSchema,
    defaultValues: { name: '', id: '', billingEmail: '' },
    action: createOrganizationAction,
    onSuccess: (data) => {
      toast.success('Organization created.');
      setOpen(false);
      form.reset();
      router.push(`/orgs/${data.id}`);
      router.refresh();
    },
  });
  const dialog = (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="New Organization"
      description={verified ? 'You become its Admin. The Organization ID appears in its URLs and cannot be changed later.' : undefined}
      trigger={
        <Button aria-describedby={verified ? undefined : hintId}>
          <Plus size={16} aria-hidden /> New Organization
        </Button>
      }
    >
      {verified ? (
        <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
          <Field label="Organization name" {...form.register('name')} error={errorOf('name')} />
          <Field
            label="Organization ID"
            hint="2–48 characters: lowercase letters, digits, - and _."
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('id')}
            error={errorOf('id')}
          />
          <Field label="Billing email" type="email" {...form.register('billingEmail')} error={errorOf('billingEmail')} />
          <FormError message={formError} />
          <FormActions onCancel={() => setOpen(false)} submitting={submitting} label="Create organization" />
        </form>
      ) : (
        <VerifyEmailFirst what="create organizations" onClose={() => setOpen(false)} />
      )}
    </Dialog>
  );
  if (verified) return dialog;
  // The reason stands next to the button, before anyone opens the dialog.
  return (
    <div className="flex flex-col items-end gap-1">
      {dialog}
      <p id={hintId} className="text-xs text-fg-muted">
        Verify your email address to create organizations.
      </p>
    </div>
  );
}
