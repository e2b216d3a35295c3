'use client';

import { useRef, useState, type MouseEvent } from 'react';

/**
 * One confirmation dialog shared by every row of a table (rather than a dialog per row): the row it is
 * open for, and the button that opened it, which gets focus back when the dialog closes (and, when the
 * row goes away, the next row's same button: see `keepFocusWhenRowRemoved`, which Dialog arms).
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

/** A row of a table, a list or a card list (narrow screens render rows as cards marked data-row). */
const ROW = 'tr, li, [role="row"], [data-row]';
const FOCUSABLE =
  'button:not([disabled]), a[href], select:not([disabled]), input:not([disabled]):not([type="hidden"]), textarea:not([disabled])';
/** How long after the dialog closed the row may still disappear (the action's refresh). */
const WATCH_MS = 10_000;

const focusables = (root: Element) => [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
const text = (el: Element) => (el.textContent ?? '').trim();

/**
 * When the element that opened a dialog sits in a row and that row is removed (the dialog deleted it and
 * the page refreshed), focus would drop to <body>: move it to the next row's same button, else the
 * previous row's, else the table's caption or heading, else the list's first button (its Add button).
 * Works on the DOM, not on React state, because the component that armed it goes away with its row.
 */
export function keepFocusWhenRowRemoved(opener: HTMLElement | null) {
  const row = opener?.closest<HTMLElement>(ROW);
  const list = row?.parentElement;
  if (!opener || !row || !list) return;
  const rowIndex = [...list.children].indexOf(row);
  // The same button of another row: the one with the same text, at the same rank among those (Remove, Delete).
  const same = focusables(row).filter((el) => text(el) === text(opener));
  const rank = Math.max(0, same.indexOf(opener));
  const region = row.closest('table, ul, ol, [role="table"], [role="list"], section, [role="tabpanel"]')?.parentElement ?? null;

  const place = (): HTMLElement | null => {
    if (list.isConnected) {
      const rows = [...list.children].filter((el) => el.matches(ROW));
      for (const candidate of [rows[rowIndex], rows[rowIndex - 1], rows[rows.length - 1]]) {
        if (!candidate) continue;
        const buttons = focusables(candidate).filter((el) => text(el) === text(opener));
        const target = buttons[rank] ?? buttons[0];
        if (target) return target;
      }
    }
    const scope = list.isConnected ? (list.closest('table, section, [role="tabpanel"]') ?? list) : region?.isConnected ? region : null;
    if (!scope) return null;
    const heading = scope.querySelector<HTMLElement>('caption, h1, h2, h3');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      return heading;
    }
    return focusables(scope)[0] ?? null;
  };

  const settle = () => {
    if (opener.isConnected) return false;
    // Only when focus was lost with the row: never take it from where the user has since moved it.
    const active = document.activeElement;
    if (!active || active === document.body) place()?.focus();
    return true;
  };
  const observer = new MutationObserver(() => {
    if (settle()) stop();
  });
  const timer = window.setTimeout(() => stop(), WATCH_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}
