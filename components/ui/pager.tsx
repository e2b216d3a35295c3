'use client';

import { buttonClass } from './button-class';
import { useFollow } from './use-follow';

const linkClass = buttonClass('secondary');

/**
 * Keyset pagination: back to the first page, or on to the next (there is no page count to jump in).
 * Plain anchors followed on the client (useFollow): a page of a list is never worth prefetching.
 */
export function Pager({ firstHref, nextHref }: { firstHref: string | null; nextHref: string | null }) {
  const follow = useFollow();
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label="Pages" className="mt-3 flex justify-end gap-2">
      {firstHref ? (
        <a className={linkClass} href={firstHref} onClick={follow}>
          First page
        </a>
      ) : null}
      {nextHref ? (
        <a className={linkClass} href={nextHref} onClick={follow}>
          Next page
        </a>
      ) : null}
    </nav>
  );
}
