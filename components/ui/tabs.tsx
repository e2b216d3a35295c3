'use client';

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TabItem<V extends string> = { value: V; label: string; count?: number; panel: ReactNode };

const tabClass =
  'border-b-2 border-transparent px-3 py-2 text-sm font-medium text-fg-muted aria-selected:border-accent aria-selected:text-fg';

/**
 * Tabs as the WAI-ARIA pattern has them (tablist, tabs with aria-selected and a roving tabindex, one
 * tabpanel each, arrow keys, Home and End), controlled by the caller. Activation is manual: the arrows
 * move focus, Enter, Space or a click selects, because selecting may load a page (the members page
 * keeps its tab in the URL). Only the selected panel's content is rendered. Plain elements rather than
 * Radix Tabs: its providers and collections cost every server render of the members page (`npm run
 * bench`), for behaviour that fits in this file.
 */
export function Tabs<V extends string>({
  label,
  tabs,
  value,
  onSelect,
}: {
  label: string;
  tabs: Array<TabItem<V>>;
  value: V;
  onSelect: (value: V) => void;
}) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);

  function moveFocus(event: KeyboardEvent<HTMLButtonElement>) {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? []);
    const at = buttons.indexOf(event.currentTarget);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[(next + buttons.length) % buttons.length]?.focus();
  }

  return (
    <div>
      <div ref={list} role="tablist" aria-label={label} className="mb-4 flex gap-2 border-b border-border">
        {tabs.map((tab) => (
          <button
            key={tab.value}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.value}`}
            aria-selected={tab.value === value}
            aria-controls={`${id}-panel-${tab.value}`}
            tabIndex={tab.value === value ? 0 : -1}
            className={tabClass}
            onClick={() => tab.value !== value && onSelect(tab.value)}
            onKeyDown={moveFocus}
          >
            {tab.label}
            {tab.count === undefined ? null : (
              <span className="ml-1 text-xs text-fg-muted tabular-nums" aria-hidden>
                {tab.count}
              </span>
            )}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.value}
          role="tabpanel"
          id={`${id}-panel-${tab.value}`}
          aria-labelledby={`${id}-tab-${tab.value}`}
          tabIndex={0}
          hidden={tab.value !== value}
        >
          {tab.value === value ? tab.panel : null}
        </div>
      ))}
    </div>
  );
}
