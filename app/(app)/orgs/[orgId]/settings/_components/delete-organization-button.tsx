'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { deleteOrganizationAction } from '@/app/(app)/organizations/actions';

/** `Delete organization`, confirmed by typing the Organization ID; then off to the organizations list. */
export function DeleteOrganizationButton({ org }: { org: { id: string; name: string } }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setTyped('');
        setError({});
      }}
      title={`Delete ${org.name}?`}
      description="This deletes the organization with all its members, teams, apps and history. It cannot be undone."
      trigger={<Button variant="danger">Delete organization</Button>}
    >
      <form
        method="post"
        className="space-y-4"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const result = await deleteOrganizationAction({ orgId: org.id, confirmation: typed }).catch(() => null);
          setBusy(false);
          if (!result) {
            setError({ form: 'Could not reach the server. Check your connection and try again.' });
            return;
          }
          if (!result.ok) {
            setError({ field: result.fieldErrors?.confirmation?.[0], form: result.fieldErrors?.confirmation ? undefined : result.message });
            return;
          }
          toast.success(`${org.name} was deleted.`);
          setOpen(false);
          router.replace('/organizations');
          router.refresh();
        }}
      >
        <Field
          label={`Type ${org.id} to confirm`}
          hint="The Organization ID, as it appears in the address bar."
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          error={error.field}
        />
        <FormError message={error.form} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={busy || typed !== org.id}>
            Confirm
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
