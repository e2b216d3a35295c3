'use client';

import { useEffect, useState } from 'react';
import { Check } from '@/components/ui/icons';
import { inputClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/actions/result';
import { SEARCH_RESULTS_LIMIT } from '@/lib/validations/common';

export type Candidate = { id: string; label: string; detail: string };

/**
 * Server-side search with multi-select: each result is a toggle button named by its label (an email or
 * an App ID). Only what the server returns can be picked, so nothing outside the organization can be.
 */
export function CandidatePicker({
  searchLabel,
  search,
  selected,
  onToggle,
}: {
  searchLabel: string;
  search: (q: string) => Promise<ActionResult<Candidate[]>>;
  selected: Map<string, Candidate>;
  onToggle: (candidate: Candidate) => void;
}) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Candidate[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle');

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

  return (
    <div className="space-y-2">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {searchLabel}
        <input
          type="search"
          className={inputClass}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Type to search"
          autoFocus
        />
      </label>
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
      <ul className="max-h-56 space-y-1 overflow-y-auto">
        {results.map((candidate) => {
          const isSelected = selected.has(candidate.id);
          return (
            <li key={candidate.id}>
              <button
                type="button"
                aria-pressed={isSelected}
                className={`flex w-full items-center justify-between rounded-md border px-3 py-2 text-left text-sm ${isSelected ? 'border-accent bg-accent/10' : 'border-border hover:bg-bg-subtle'}`}
                onClick={() => onToggle(candidate)}
              >
                <span>
                  <span className="block font-medium">{candidate.label}</span>
                  {candidate.detail ? (
                    <span className="block text-xs text-fg-muted" aria-hidden>
                      {candidate.detail}
                    </span>
                  ) : null}
                </span>
                {isSelected ? <Check size={16} aria-hidden className="text-accent" /> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
