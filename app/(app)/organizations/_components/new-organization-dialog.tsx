'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { IdField } from '@/components/forms/id-field';
import { FormDialog } from '@/components/forms/form-dialog';
import { createOrganizationSchema } from '@/lib/validations/organization';
import { createOrganizationAction } from '../actions';
import { VerifyEmailFirst, WithVerifyHint } from './verify-email-first';

/**
 * `verified`: the account's address is proven; until it is, the dialog says so instead of offering the form.
 * `defaultOpen`: the page was opened as /organizations?new=1 (the workspace switcher's `New Organization`).
 */
export function NewOrganizationDialog({ verified, defaultOpen = false }: { verified: boolean; defaultOpen?: boolean }) {
  const hintId = useId();
  const [open, setOpen] = useState(defaultOpen);
  const router = useRouter();
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    // Closed: drop ?new=1, so a reload does not reopen it and the switcher's item can open it again.
    if (!next && defaultOpen) router.replace('/organizations', { scroll: false });
  };
  const dialog = (
    <FormDialog
      title="New Organization"
      open={open}
      onOpenChange={onOpenChange}
      description={verified ? 'You become its Admin. The Organization ID appears in its URLs and cannot be changed later.' : undefined}
      trigger={
        <Button aria-describedby={verified ? undefined : hintId}>
          <Plus size={16} aria-hidden /> New Organization
        </Button>
      }
      unavailable={verified ? undefined : (close) => <VerifyEmailFirst what="create organizations" onClose={close} />}
      schema={createOrganizationSchema}
      defaultValues={{ name: '', id: '', billingEmail: '' }}
      action={createOrganizationAction}
      success={() => 'Organization created.'}
      redirectTo={(data) => `/orgs/${data.id}`}
      submitLabel="Create organization"
    >
      {({ form, field }) => (
        <>
          <Field label="Organization name" {...field('name')} />
          <IdField label="Organization ID" form={form} from="name" {...field('id')} />
          <Field label="Billing email" type="email" {...field('billingEmail')} />
        </>
      )}
    </FormDialog>
  );
  // The reason stands next to the button, before anyone opens the dialog.
  return (
    <WithVerifyHint verified={verified} hintId={hintId} what="create organizations">
      {dialog}
    </WithVerifyHint>
  );
}
