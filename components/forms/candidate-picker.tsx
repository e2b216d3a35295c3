'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { X } from '@/components/ui/icons';
import { inputClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/actions/result';
import { SEARCH_RESULTS_LIMIT } from '@/lib/validations/common';

export type Candidate = { id: string; label: string; detail: string };

/**
 * Server-side search with a selection that outlives the search: results are checkboxes (radios when only
 * one may be picked), and what is picked stays above them as removable chips whatever is searched next.
 * Only what the server returns can be picked, so nothing outside the organization can be.
 */
export function CandidatePicker({
  searchLabel,
  search,
  selected,
  onToggle,
  noun,
  multiple = true,
}: {
  searchLabel: string;
  search: (q: string) => Promise<ActionResult<Candidate[]>>;
  selected: Map<string, Candidate>;
  onToggle: (candidate: Candidate) => void;
  /** Singular and plural, for the announced count: "2 members selected". */
  noun: [string, string];
  multiple?: boolean;
}) {
  const id = useId();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Candidate[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle');
  const input = useRef<HTMLInputElement>(null);
  const chips = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      setStatus('loading');
      const result = await search(q).catch(() => null);
      if (cancelled) return;
      if (result?.ok) {
        setResults(result.data);
        setStatus('idle');
      } else setStatus('error');
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [q, search]);

  // Removing a chip must not drop focus to <body>: the next chip, else the previous, else the search box.
  const removeChip = (candidate: Candidate, index: number) => {
    onToggle(candidate);
    const buttons = [...(chips.current?.querySelectorAll('button') ?? [])].filter((b) => b.dataset.id !== candidate.id);
    (buttons[index] ?? buttons[index - 1] ?? input.current)?.focus();
  };

  const picked = [...selected.values()];
  const count = picked.length === 0 ? `No ${noun[0]} selected` : `${picked.length} ${noun[picked.length === 1 ? 0 : 1]} selected`;

  return (
    <div className="space-y-2">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {searchLabel}
        <input
          ref={input}
          type="search"
          className={inputClass}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Type to search"
        />
      </label>
      <p aria-live="polite" className="text-sm text-fg-muted">
        {count}
      </p>
      {picked.length > 0 ? (
        <ul ref={chips} aria-label={`Selected ${noun[1]}`} className="flex flex-wrap gap-1.5">
          {picked.map((candidate, index) => (
            <li
              key={candidate.id}
              className="flex max-w-full items-center gap-1 rounded-full border border-accent bg-accent/10 py-0.5 pr-1 pl-2.5 text-sm"
            >
              <span className="truncate">{candidate.label}</span>
              <button
                type="button"
                data-id={candidate.id}
                aria-label={`Remove ${candidate.label}`}
                className="rounded-full p-1 text-fg-muted hover:bg-bg-subtle hover:text-fg"
                onClick={() => removeChip(candidate, index)}
              >
                <X size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div aria-live="polite" className="text-xs text-fg-muted">
        {status === 'loading'
          ? 'Searching…'
          : status === 'error'
            ? 'Search failed; try again.'
            : results.length === 0
              ? 'No matches.'
              : results.length >= SEARCH_RESULTS_LIMIT
                ? `The first ${results.length} matches; type more to narrow them.`
                : `${results.length} match${results.length === 1 ? '' : 'es'}.`}
      </div>
      <ul aria-label={`Matching ${noun[1]}`} className="max-h-56 space-y-1 overflow-y-auto">
        {results.map((candidate) => {
          const isSelected = selected.has(candidate.id);
          const labelId = `${id}-${candidate.id}-label`;
          const detailId = `${id}-${candidate.id}-detail`;
          return (
            <li key={candidate.id}>
              <label
                className={`flex cursor-pointer items-center gap-3 rounded-md border px-3 py-2 text-sm ${isSelected ? 'border-accent bg-accent/10' : 'border-border hover:bg-bg-subtle'}`}
              >
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={multiple ? undefined : `${id}-pick`}
                  className="size-4 shrink-0 accent-accent"
                  checked={isSelected}
                  onChange={() => onToggle(candidate)}
                  aria-labelledby={labelId}
                  aria-describedby={candidate.detail ? detailId : undefined}
                />
                <span className="min-w-0">
                  <span id={labelId} className="block font-medium break-words">
                    {candidate.label}
                  </span>
                  {candidate.detail ? (
                    <span id={detailId} className="block text-xs break-words text-fg-muted">
                      {candidate.detail}
                    </span>
                  ) : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
