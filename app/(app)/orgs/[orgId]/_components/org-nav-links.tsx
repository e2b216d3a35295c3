'use client';

import { usePathname } from 'next/navigation';
import {
  AppWindow,
  Building2,
  CircleDollarSign,
  Key,
  KeyRound,
  ScrollText,
  ServerCog,
  ShieldCheck,
  Users,
  UsersRound,
} from '@/components/ui/icons';
import { useFollow } from '@/components/ui/use-follow';

const ICONS = {
  apps: AppWindow,
  members: Users,
  teams: UsersRound,
  compute: ServerCog,
  costs: CircleDollarSign,
  audit: ScrollText,
  access: KeyRound,
  roles: ShieldCheck,
  settings: Building2,
  tokens: Key,
};
export type OrgNavIcon = keyof typeof ICONS;
export type OrgNavLink = { href: string; label: string; icon: OrgNavIcon };

/**
 * The sidebar's links: plain anchors followed on the client (useFollow), the current area marked with
 * aria-current. One client component for all of them: the icons' SVG goes into the HTML only, not
 * also into every page's RSC payload as it did when the server rendered them around next/link.
 */
export function OrgNavLinks({ links, onFollow }: { links: OrgNavLink[]; onFollow?: () => void }) {
  const pathname = usePathname();
  const follow = useFollow();
  // The longest link that is the path or a parent of it ("Members" on a member's page, "Apps" only on its own).
  const current = links.reduce<OrgNavLink | null>(
    (best, link) =>
      (pathname === link.href || pathname.startsWith(`${link.href}/`)) && link.href.length > (best?.href.length ?? -1) ? link : best,
    null,
  );
  return (
    <ul className="flex flex-col gap-1">
      {links.map((link) => {
        const Icon = ICONS[link.icon];
        return (
          <li key={link.href}>
            <a
              href={link.href}
              onClick={(event) => {
                follow(event);
                onFollow?.();
              }}
              aria-current={link === current ? 'page' : undefined}
              className="nav-link"
            >
              <Icon size={15} aria-hidden /> {link.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
