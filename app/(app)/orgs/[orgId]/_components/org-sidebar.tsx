import { can, type OrgRole } from '@/lib/permissions';
import { OrgNavLinks, type OrgNavIcon } from './org-nav-links';

// Areas appear here as later issues build them, each only when the member may open it (SPEC §7).
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
  const links: Array<{ href: string; label: string; icon: OrgNavIcon; show: boolean }> = [
    { href: `/orgs/${orgId}`, label: 'Apps', icon: 'apps', show: true },
    { href: `/orgs/${orgId}/members`, label: 'Members', icon: 'members', show: can(role, 'members.view') },
    { href: `/orgs/${orgId}/teams`, label: 'Teams', icon: 'teams', show: can(role, 'teams.view_own') },
    { href: `/orgs/${orgId}/compute`, label: 'Compute', icon: 'compute', show: can(role, 'compute.view') },
    { href: `/orgs/${orgId}/costs`, label: 'Costs', icon: 'costs', show: can(role, 'costs.view') },
    { href: `/orgs/${orgId}/audit-log`, label: 'Audit log', icon: 'audit', show: can(role, 'audit.view') },
    { href: `/orgs/${orgId}/members/${userId}`, label: 'Your access', icon: 'access', show: can(role, 'access.view_own') },
    { href: `/orgs/${orgId}/roles`, label: 'Roles', icon: 'roles', show: can(role, 'roles.view') },
  ];
  return (
    <nav
      aria-label="Organization"
      className="border-b border-border bg-bg-subtle p-3 md:min-h-[calc(100vh-3rem)] md:w-56 md:border-r md:border-b-0"
    >
      <p className="truncate px-2 text-sm font-semibold">{orgName}</p>
      <p className="mb-3 truncate px-2 text-xs text-fg-muted">{roleLabel}</p>
      <OrgNavLinks links={links.filter((link) => link.show).map(({ show: _shown, ...link }) => link)} />
    </nav>
  );
}
