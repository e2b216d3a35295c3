'use client';

import { forwardRef, type AnchorHTMLAttributes } from 'react';
import { useFollow } from './use-follow';

/**
 * The signed-in app's link: a plain `<a href>`, followed on the client as next/link would (useFollow).
 * One link policy, this one, rather than next/link: next/link's per-link state and viewport
 * prefetching cost a signed-in page's server render more than its rows (`npm run bench`), and
 * prefetching a dynamic signed-in page fetches nothing but its route tree. A component that renders
 * many links at once (the sidebar, the members table) calls useFollow itself: the same behaviour
 * without a component per link.
 *
 * As a Radix menu item's child (`asChild`), the item's own click handler runs first (it closes the menu).
 */
export const AppLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }>(function AppLink(
  { onClick, ...props },
  ref,
) {
  const follow = useFollow();
  return (
    <a
      ref={ref}
      {...props}
      onClick={(event) => {
        onClick?.(event);
        follow(event);
      }}
    />
  );
});
