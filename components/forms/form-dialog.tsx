'use client';

import type { FormEventHandler, ReactNode } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { FormActions } from '@/components/ui/form-actions';

/** What `useDialogForm` returns and the dialog needs. */
type DialogFormState = {
  open: boolean;
  setOpen: (open: boolean) => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  formError: string | null;
  submitting: boolean;
};

/** A create/edit dialog: its fields, then the form's error and Cancel / Confirm. */
export function FormDialog({
  state,
  title,
  description,
  trigger,
  children,
}: {
  state: DialogFormState;
  title: string;
  description?: ReactNode;
  trigger: ReactNode;
  children: ReactNode;
}) {
  return (
    <Dialog open={state.open} onOpenChange={state.setOpen} title={title} description={description} trigger={trigger}>
      <form method="post" onSubmit={state.onSubmit} className="space-y-4" noValidate>
        {children}
        <FormError message={state.formError} />
        <FormActions onCancel={() => state.setOpen(false)} submitting={state.submitting} />
      </form>
    </Dialog>
  );
}
