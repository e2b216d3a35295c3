import { orgAreaHref, orgAreasFor, type OrgArea, type OrgRole } from '@/lib/permissions';
import { Menu } from '@/components/ui/icons';
import { OrgMenu } from './org-menu';
import { OrgNavLinks, type OrgNavLink, type OrgNavIcon } from './org-nav-links';

const ICON: Record<OrgArea, OrgNavIcon> = {
  apps: 'apps',
  members: 'members',
  teams: 'teams',
  compute: 'compute',
  costs: 'costs',
  'audit-log': 'audit',
  access: 'access',
  roles: 'roles',
  settings: 'settings',
  'api-tokens': 'tokens',
  // The same key icon: org-nav-links.tsx has no second one yet.
  'api-keys': 'tokens',
};

/** The sidebar's links: each area the role may open (lib/permissions/areas.ts), in order (SPEC §7). */
export function orgNavLinks(orgId: string, role: OrgRole, userId: string): OrgNavLink[] {
  return orgAreasFor(role).map(({ area, label }) => ({ href: orgAreaHref(area, orgId, userId), label, icon: ICON[area] }));
}

export function OrgSidebar({
  orgId,
  orgName,
  role,
  roleLabel,
  userId,
}: {
  orgId: string;
  orgName: string;
  role: OrgRole;
  roleLabel: string;
  userId: string;
}) {
  const links = orgNavLinks(orgId, role, userId);
  // Narrow screens: the sidebar hides and the top bar's `Menu` opens the same links (OrgMenu). That button
  // is a client portal, so a browser without scripts gets a disclosure of the same links instead.
  return (
    <>
      <noscript>
        <details className="border-b border-border bg-bg-subtle md:hidden">
          <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 text-sm font-medium [&::-webkit-details-marker]:hidden">
            <Menu size={18} aria-hidden />
            Menu
          </summary>
          <nav aria-label="Organization" className="px-3 pb-3">
            <p className="truncate px-2 text-sm font-semibold">{orgName}</p>
            <p className="mb-3 truncate px-2 text-xs text-fg-muted">{roleLabel}</p>
            <OrgNavLinks links={links} />
          </nav>
        </details>
      </noscript>
      <nav
        aria-label="Organization"
        className="hidden w-56 shrink-0 border-r border-border bg-bg-subtle p-3 md:block md:min-h-[calc(100vh-3rem)]"
      >
        <p className="truncate px-2 text-sm font-semibold">{orgName}</p>
        <p className="mb-3 truncate px-2 text-xs text-fg-muted">{roleLabel}</p>
        <OrgNavLinks links={links} />
      </nav>
      <OrgMenu orgName={orgName} roleLabel={roleLabel} links={links} />
    </>
  );
}
