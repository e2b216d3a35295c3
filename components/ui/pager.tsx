import Link from 'next/link';
import { buttonClass } from './button-class';

/** Keyset pagination: back to the first page, or on to the next (there is no page count to jump in). */
export function Pager({ firstHref, nextHref }: { firstHref: string | null; nextHref: string | null }) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label="Pages" className="mt-3 flex justify-end gap-2">
      {firstHref ? <Link className={buttonClass('secondary')} href={firstHref}>First page</Link> : null}
      {nextHref ? <Link className={buttonClass('secondary')} href={nextHref}>Next page</Link> : null}
    </nav>
  );
}
