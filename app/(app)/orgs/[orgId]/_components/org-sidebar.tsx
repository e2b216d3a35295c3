import Link from 'next/link';
import { AppWindow, CircleDollarSign, KeyRound, ScrollText, ServerCog, ShieldCheck, Users, UsersRound } from '@/components/ui/icons';
import { can, type OrgRole } from '@/lib/permissions';

// Areas appear here as later issues build them, each only when the member may open it (SPEC §7).
export function OrgSidebar({ orgId, orgName, role, roleLabel, userId }: { orgId: string; orgName: string; role: OrgRole; roleLabel: string; userId: string }) {
  const links = [
    { href: `/orgs/${orgId}`, label: 'Apps', icon: AppWindow, show: true },
    { href: `/orgs/${orgId}/members`, label: 'Members', icon: Users, show: can(role, 'members.view') },
    { href: `/orgs/${orgId}/teams`, label: 'Teams', icon: UsersRound, show: can(role, 'teams.view_own') },
    { href: `/orgs/${orgId}/compute`, label: 'Compute', icon: ServerCog, show: can(role, 'compute.view') },
    { href: `/orgs/${orgId}/costs`, label: 'Costs', icon: CircleDollarSign, show: can(role, 'costs.view') },
    { href: `/orgs/${orgId}/audit-log`, label: 'Audit log', icon: ScrollText, show: can(role, 'audit.view') },
    { href: `/orgs/${orgId}/members/${userId}`, label: 'Your access', icon: KeyRound, show: can(role, 'access.view_own') },
    { href: `/orgs/${orgId}/roles`, label: 'Roles', icon: ShieldCheck, show: can(role, 'roles.view') },
  ].filter((link) => link.show);
  return (
    <nav aria-label="Organization" className="border-b border-border bg-bg-subtle p-3 md:min-h-[calc(100vh-3rem)] md:w-56 md:border-b-0 md:border-r">
      <p className="truncate px-2 text-sm font-semibold">{orgName}</p>
      <p className="mb-3 truncate px-2 text-xs text-fg-muted">{roleLabel}</p>
      <ul className="flex flex-wrap gap-1 md:flex-col md:flex-nowrap">
        {links.map(({ href, label, icon: Icon }) => (
          <li key={href}>
            <Link href={href} className="flex items-center gap-2 whitespace-nowrap rounded-md px-2 py-1.5 text-sm hover:bg-bg">
              <Icon size={15} aria-hidden /> {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
