'use client';

import { useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import type { FieldValues, Path, UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { FormActions } from '@/components/ui/form-actions';
import { useActionForm } from './use-action-form';

type Schema = z.ZodType<FieldValues, FieldValues>;

/** What the dialog's fields are given: the form, and each field's registration with its error. */
type DialogFields<S extends Schema> = {
  form: UseFormReturn<z.input<S>>;
  errorOf: (name: string) => string | undefined;
  /** Spread on a Field, TextAreaField or SelectField: its registration and its error, client's or server's. */
  field: (name: Path<z.input<S>>) => UseFormRegisterReturn & { error?: string };
};

type FormDialogProps<S extends Schema, T> = {
  title: string;
  description?: ReactNode;
  /** The button that opens it; omit it and pass `open`/`onOpenChange` when something else (a menu item) does. */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The same zod schema the action parses with: the client's check is a courtesy, the action's answer the truth. */
  schema: S;
  /** Read at each opening: an edit dialog starts from what the page shows now, a create dialog empty. */
  defaultValues: z.input<S>;
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  /** The toast once the action succeeded. */
  success: (data: T) => string;
  /** Where to go then (the new thing's page); without it the page stays, refreshed. */
  redirectTo?: (data: T) => string;
  /** Anything else to do then, with the values sent. */
  onSuccess?: (data: T, values: z.input<S>) => void;
  /** What to show in the dialog, open, instead of closing it (some of the work was refused): null to close. */
  report?: (data: T) => ReactNode;
  submitLabel?: string;
  /** Shown instead of the form while it cannot be used, with why (verify your email first, nothing to deploy to). */
  unavailable?: ReactNode | ((close: () => void) => ReactNode);
  children: (fields: DialogFields<S>) => ReactNode;
};

/**
 * Every create/edit dialog: title and description, the fields, the form's own error, Cancel and the
 * submit button (disabled while the action runs), the action's field errors beside their fields; on
 * success a toast, the dialog closed and the page refreshed or left for the new thing's page.
 * The form exists only while the dialog is open: a page with a dozen such dialogs (one per row) does not
 * build a dozen forms and resolvers on every render, and each opening starts from `defaultValues`.
 */
export function FormDialog<S extends Schema, T>(props: FormDialogProps<S, T>) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = props.open ?? ownOpen;
  const setOpen = props.onOpenChange ?? setOwnOpen;
  const close = () => setOpen(false);
  const { unavailable } = props;
  const body = !unavailable ? (
    <DialogForm {...props} close={close} />
  ) : typeof unavailable === 'function' ? (
    unavailable(close)
  ) : (
    unavailable
  );
  return (
    <Dialog open={open} onOpenChange={setOpen} title={props.title} description={props.description} trigger={props.trigger}>
      {body}
    </Dialog>
  );
}

function DialogForm<S extends Schema, T>({
  schema,
  defaultValues,
  action,
  success,
  redirectTo,
  onSuccess,
  report,
  submitLabel,
  children,
  close,
}: FormDialogProps<S, T> & { close: () => void }) {
  const router = useRouter();
  const [shown, setShown] = useState<ReactNode>(null);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema,
    defaultValues,
    action,
    onSuccess: (data) => {
      toast.success(success(data));
      onSuccess?.(data, form.getValues());
      const kept = report?.(data);
      if (kept) {
        setShown(kept);
        router.refresh();
        return;
      }
      close();
      if (redirectTo) router.push(redirectTo(data));
      router.refresh();
    },
  });
  const field = (name: Path<z.input<S>>) => ({ ...form.register(name), error: errorOf(name) });
  return (
    <form
      method="post"
      onSubmit={(event) => {
        setShown(null);
        return onSubmit(event);
      }}
      className="space-y-4"
      noValidate
    >
      {children({ form, errorOf, field })}
      {shown ? (
        <div role="status" className="rounded-md border border-border bg-bg-subtle p-3 text-sm">
          {shown}
        </div>
      ) : null}
      <FormError message={formError} />
      <FormActions onCancel={close} submitting={submitting} label={submitLabel} />
    </form>
  );
}
