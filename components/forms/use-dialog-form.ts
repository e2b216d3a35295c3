'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { useActionForm } from './use-action-form';

/**
 * A create/edit dialog's form: open state, the action-bound form, and on success a toast, the dialog
 * closed and reset, and the server components refreshed — the same steps for every such dialog.
 */
export function useDialogForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  defaultValues: z.input<S>;
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  success: (data: T) => string;
  /** Edit dialogs: what was saved becomes the form's new starting point (create dialogs start empty again). */
  keepValues?: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const bound = useActionForm({
    schema: options.schema,
    defaultValues: options.defaultValues,
    action: options.action,
    onSuccess: (data) => {
      toast.success(options.success(data));
      setOpen(false);
      bound.form.reset(options.keepValues ? bound.form.getValues() : undefined);
      router.refresh();
    },
  });
  return { ...bound, open, setOpen };
}
