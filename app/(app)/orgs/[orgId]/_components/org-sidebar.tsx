import { orgAreaHref, orgAreasFor, type OrgArea, type OrgRole } from '@/lib/permissions';
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
  return (
    <nav
      aria-label="Organization"
      className="border-b border-border bg-bg-subtle p-3 md:min-h-[calc(100vh-3rem)] md:w-56 md:border-r md:border-b-0"
    >
      <p className="truncate px-2 text-sm font-semibold">{orgName}</p>
      <p className="mb-3 truncate px-2 text-xs text-fg-muted">{roleLabel}</p>
      <OrgNavLinks links={orgNavLinks(orgId, role, userId)} />
    </nav>
  );
}
