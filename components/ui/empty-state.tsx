import type { ReactNode } from 'react';

/** What a list shows when it has nothing: it says what to do next (SPEC §7). */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-border p-8 text-center text-sm text-fg-muted">{children}</p>;
}
