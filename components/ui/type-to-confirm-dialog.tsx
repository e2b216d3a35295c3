'use client';

import { useState, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { Field, FormError } from './field';
import type { ActionResult } from '@/lib/actions/result';

/**
 * A destructive action that cannot be undone (deleting an organization or an app): `Confirm` waits until
 * `expected` is typed into `Type <expected> to confirm`. The server checks the typed text again; its
 * refusal of it shows beside the field, any other refusal below it.
 */
export function TypeToConfirmDialog<T>({
  trigger,
  title,
  description,
  expected,
  hint,
  action,
  onDone,
}: {
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  expected: string;
  hint?: string;
  /** Receives the typed text, sent as the action's `confirmation`. */
  action: (confirmation: string) => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
}) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Each opening starts blank: a text typed before must not pre-confirm the next time.
        setOpen(next);
        setTyped('');
        setError({});
      }}
      title={title}
      description={description}
      trigger={trigger}
    >
      <form
        method="post"
        className="space-y-4"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const result = await action(typed).catch(() => null);
          setBusy(false);
          if (!result) {
            setError({ form: 'Could not reach the server. Check your connection and try again.' });
            return;
          }
          if (!result.ok) {
            const field = result.fieldErrors?.confirmation?.[0];
            setError(field ? { field } : { form: result.message });
            return;
          }
          setOpen(false);
          onDone(result.data);
        }}
      >
        <Field
          label={`Type ${expected} to confirm`}
          hint={hint}
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
          <Button type="submit" variant="danger" disabled={busy || typed !== expected}>
            Confirm
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
