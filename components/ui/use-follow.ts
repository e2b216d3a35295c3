'use client';

import { useCallback, type MouseEvent } from 'react';
import { useRouter } from 'next/navigation';

/**
 * Client-side navigation for a plain `<a href>`, as next/link does on a plain click (a modified or
 * middle click keeps the browser's behaviour: new tab, new window). The app's links are AppLink
 * (app-link.tsx, which says why); a component rendering many links at once (the sidebar, the members
 * table's rows) calls this itself rather than render a component per link.
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
