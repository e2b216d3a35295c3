import type { ReactNode } from 'react';

/**
 * What a list shows when it has nothing: it says what to do next (SPEC §7), and when the user may do it,
 * `action` is that button itself (the page's own trigger, moved here while the list is empty, so its
 * accessible name stays unique on the page).
 */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border p-8 text-center text-sm text-fg-muted">
      <p>{children}</p>
      {action}
    </div>
  );
}
