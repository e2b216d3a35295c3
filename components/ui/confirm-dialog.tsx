'use client';

import { useState, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { FormError } from './field';
import type { ActionResult } from '@/lib/actions/result';

/** Every destructive action asks first, names what will be lost, and shows the server's refusal in place. */
export function ConfirmDialog<T>({
  trigger,
  title,
  description,
  confirmLabel = 'Confirm',
  action,
  onDone,
  open: controlledOpen,
  onOpenChange,
  returnFocusTo,
}: {
  /** Omit with `open`/`onOpenChange` when something else (a menu item) opens the dialog. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  trigger?: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel?: string;
  action: () => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
  returnFocusTo?: () => HTMLElement | null;
}) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => (onOpenChange ?? setOwnOpen)(next);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(null);
      }}
      title={title}
      description={description}
      trigger={trigger}
      returnFocusTo={returnFocusTo}
    >
      <FormError message={error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button
          variant="danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const result = await action().catch(() => ({
              ok: false as const,
              code: 'INTERNAL' as const,
              message: 'Could not reach the server. Try again.',
            }));
            setBusy(false);
            if (!result.ok) {
              setError(result.message);
              return;
            }
            setOpen(false);
            onDone(result.data);
          }}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
