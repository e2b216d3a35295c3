'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The workspace's areas as a row of links; the current one is marked for screen readers too. */
export function AppNav({ links }: { links: ReadonlyArray<{ href: string; label: string }> }) {
  const pathname = usePathname();
  return (
    <nav aria-label="App" className="mt-4 overflow-x-auto border-b border-border">
      <ul className="flex gap-1">
        {links.map(({ href, label }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`block border-b-2 px-3 py-2 text-sm whitespace-nowrap ${current ? 'border-accent font-medium' : 'border-transparent text-fg-muted hover:text-fg'}`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
