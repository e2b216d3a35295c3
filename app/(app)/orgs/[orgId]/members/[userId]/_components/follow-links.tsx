'use client';

import type { ReactNode } from 'react';
import { useRouter } from 'next/navigation';

/**
 * Follows the plain anchors inside it on the client, as AppLink does for one link (components/ui/app-link.tsx):
 * the effective access list may hold thousands of "granted by" links, so one listener here rather than a
 * component per link. A modified or middle click, or a link to another window, keeps the browser's behaviour.
 */
export function FollowLinks({ children }: { children: ReactNode }) {
  const router = useRouter();
  return (
    // The anchors are the interactive elements; this only listens for their clicks as they bubble.
    <div
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        const anchor = (event.target as Element).closest?.('a[href]');
        if (!(anchor instanceof HTMLAnchorElement) || !event.currentTarget.contains(anchor)) return;
        if ((anchor.target && anchor.target !== '_self') || anchor.origin !== window.location.origin) return;
        // A link within the page (#teams-heading) is the browser's to scroll to.
        if (anchor.getAttribute('href')!.startsWith('#')) return;
        event.preventDefault();
        router.push(anchor.getAttribute('href')!);
      }}
    >
      {children}
    </div>
  );
}
