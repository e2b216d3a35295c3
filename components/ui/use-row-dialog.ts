'use client';

import { useRef, useState, type MouseEvent } from 'react';

/**
 * One confirmation dialog shared by every row of a table (rather than a dialog per row): the row it is
 * open for, and the button that opened it, which gets focus back when the dialog closes.
 */
export function useRowDialog<T>() {
  const [row, setRow] = useState<T | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  return {
    row,
    openFor(event: MouseEvent<HTMLElement>, target: T) {
      opener.current = event.currentTarget;
      setRow(target);
    },
    /** Spread into a ConfirmDialog rendered while `row` is set. */
    dialogProps: {
      open: true,
      onOpenChange: (open: boolean) => {
        if (!open) setRow(null);
      },
      returnFocusTo: () => opener.current,
    },
  };
}
