import { orgAreaHref, orgAreasFor, type OrgArea, type OrgRole } from '@/lib/permissions';
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
  // Narrow screens: the sidebar hides and the top bar's `Menu` opens the same links (OrgMenu).
  return (
    <>
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
