'use client';

import { AppLink } from './app-link';
import { buttonClass } from './button-class';

const linkClass = buttonClass('secondary');

/**
 * Keyset pagination: back to the first page, or on to the next (there is no page count to jump in).
 * AppLinks: a page of a list is never worth prefetching.
 */
export function Pager({ firstHref, nextHref }: { firstHref: string | null; nextHref: string | null }) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label="Pages" className="mt-3 flex justify-end gap-2">
      {firstHref ? (
        <AppLink className={linkClass} href={firstHref}>
          First page
        </AppLink>
      ) : null}
      {nextHref ? (
        <AppLink className={linkClass} href={nextHref}>
          Next page
        </AppLink>
      ) : null}
    </nav>
  );
}
