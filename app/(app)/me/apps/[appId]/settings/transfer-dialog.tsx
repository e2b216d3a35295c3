'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError, inputClass } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { transferAppSchema } from '@/lib/validations/apps';
import { transferAppAction } from '../../actions';

export function TransferDialog({ appId, appSlug, destinations }: { appId: string; appSlug: string; destinations: Array<{ id: string; name: string }> }) {
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
  const orgError = errorOf('orgId');
  return (
    <Dialog open={open} onOpenChange={setOpen} title={`Transfer ${appSlug}`} description="Choose the organization that will own this app." trigger={<Button variant="secondary">Transfer</Button>}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div className="flex flex-col gap-1">
          <label htmlFor="transfer-org" className="text-sm font-medium">Organization</label>
          <select id="transfer-org" className={inputClass} aria-invalid={orgError ? true : undefined} aria-describedby={orgError ? 'transfer-org-error' : undefined} {...form.register('orgId')}>
            {destinations.map((d) => (
              <option key={d.id} value={d.id}>{d.name}</option>
            ))}
          </select>
          {orgError ? <p id="transfer-org-error" role="alert" className="text-xs text-danger">{orgError}</p> : null}
        </div>
        <Field label="New name" hint="Optional: leave empty to keep the current name." {...form.register('newName')} error={errorOf('newName')} />
        <Field label="New App ID" hint="Optional: needed only if the organization already has this App ID." autoCapitalize="none" spellCheck={false} {...form.register('newSlug')} error={errorOf('newSlug')} />
        <FormError message={formError} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
          <Button type="submit" disabled={submitting}>Confirm</Button>
        </div>
      </form>
    </Dialog>
  );
}
