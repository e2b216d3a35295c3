'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { FormActions } from '@/components/ui/form-actions';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { transferAppSchema } from '@/lib/validations/apps';
import { transferAppAction } from '../../actions';

export function TransferDialog({
  appId,
  appSlug,
  destinations,
}: {
  appId: string;
  appSlug: string;
  destinations: Array<{ id: string; name: string }>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: transferAppSchema,
    defaultValues: { appId, orgId: destinations[0]?.id ?? '', newName: '', newSlug: '' },
    action: transferAppAction,
    onSuccess: (data) => {
      toast.success(`${appSlug} now belongs to the organization.`);
      setOpen(false);
      router.push(`/orgs/${data.orgId}/apps/${data.slug}`);
      router.refresh();
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Transfer ${appSlug}`}
      description="Choose the organization that will own this app."
      trigger={<Button variant="secondary">Transfer</Button>}
    >
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <SelectField
          label="Organization"
          options={destinations.map((d) => ({ value: d.id, label: d.name }))}
          error={errorOf('orgId')}
          {...form.register('orgId')}
        />
        <Field
          label="New name"
          hint="Optional: leave empty to keep the current name."
          {...form.register('newName')}
          error={errorOf('newName')}
        />
        <Field
          label="New App ID"
          hint="Optional: needed only if the organization already has this App ID."
          autoCapitalize="none"
          spellCheck={false}
          {...form.register('newSlug')}
          error={errorOf('newSlug')}
        />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}
