'use client';

import { useCallback, type MouseEvent } from 'react';
import { useRouter } from 'next/navigation';

/**
 * Client-side navigation for a plain `<a href>`, as next/link does on a plain click (a modified or
 * middle click keeps the browser's behaviour: new tab, new window). Used where a page renders many
 * links or renders them on every page (sidebar, top bar, table rows): next/link's per-link state and
 * viewport prefetching cost a signed-in page's server render more than its rows (`npm run bench`), and
 * prefetching a dynamic signed-in page fetches nothing but its route tree.
 */
export function useFollow(): (event: MouseEvent<HTMLAnchorElement>) => void {
  const router = useRouter();
  return useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (event.currentTarget.target && event.currentTarget.target !== '_self') return;
      event.preventDefault();
      router.push(event.currentTarget.getAttribute('href')!);
    },
    [router],
  );
}
