'use client';

import { useRef, type ReactNode } from 'react';
import { Dialog as D } from 'radix-ui';
import { X } from '@/components/ui/icons';
import { useHydrated } from '@/components/ui/button';
import { keepFocusWhenRowRemoved } from '@/components/ui/use-row-dialog';

const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
const CONTROL = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function Dialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  children,
  returnFocusTo,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger?: ReactNode;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Where focus goes on close when the dialog has no trigger of its own (one dialog shared by many rows). */
  returnFocusTo?: () => HTMLElement | null;
}) {
  const hydrated = useHydrated();
  const body = useRef<HTMLDivElement>(null);
  // What opened the dialog: focus goes back to it, or near it when the dialog removed its row.
  const opener = useRef<HTMLElement | null>(null);
  // Until hydration only the trigger (a Button, disabled until then): the Radix root is mounted after.
  if (!hydrated && !open) return trigger ?? null;
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <D.Trigger asChild>{trigger}</D.Trigger> : null}
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <D.Content
          // The first field, else the first control of the body (Cancel of a confirmation), never the ✕.
          onOpenAutoFocus={(event) => {
            const active = document.activeElement;
            opener.current = returnFocusTo?.() ?? (active instanceof HTMLElement && active !== document.body ? active : null);
            const first = body.current?.querySelector<HTMLElement>(FIELD) ?? body.current?.querySelector<HTMLElement>(CONTROL);
            if (first) {
              event.preventDefault();
              first.focus();
            }
          }}
          onCloseAutoFocus={(event) => {
            const target = returnFocusTo?.();
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
            keepFocusWhenRowRemoved(target ?? opener.current);
          }}
          className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg border border-border bg-bg p-5 shadow-xl"
        >
          <div className="mb-4 flex items-start justify-between gap-4">
            <div>
              <D.Title className="text-base font-semibold">{title}</D.Title>
              {description ? (
                <D.Description className="mt-1 text-sm text-fg-muted">{description}</D.Description>
              ) : (
                <D.Description className="sr-only">{title}</D.Description>
              )}
            </div>
            <D.Close className="rounded p-1 text-fg-muted hover:bg-bg-subtle" aria-label="Close">
              <X size={16} aria-hidden />
            </D.Close>
          </div>
          <div ref={body}>{children}</div>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
