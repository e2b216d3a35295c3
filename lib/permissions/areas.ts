/**
 * The organization's areas, in sidebar order, and the org permission that opens each (SPEC §3.2, §5, §8).
 * The sidebar lists `orgAreasFor(role)`; wherever the app sends a member into an organization
 * (`/orgs/[orgId]`), a role that may not see the apps lands on `firstAreaFor(role)` instead.
 *
 * Pure data and lookups: safe for server and client code alike.
 */
import { can } from './can';
import { ORG_PERMISSION_DEFS, type OrgPermission } from './matrix';
import type { OrgRole } from './roles';

export const ORG_AREAS = [
  { area: 'apps', label: 'Apps', permission: 'org.apps.view' },
  { area: 'members', label: 'Members', permission: 'members.view' },
  { area: 'teams', label: 'Teams', permission: 'teams.view_own' },
  { area: 'compute', label: 'Compute', permission: 'compute.view' },
  { area: 'costs', label: 'Costs', permission: 'costs.view' },
  { area: 'audit-log', label: 'Audit log', permission: 'audit.view' },
  { area: 'access', label: 'Your access', permission: 'access.view_own' },
  { area: 'roles', label: 'Roles', permission: 'roles.view' },
  { area: 'settings', label: 'Settings', permission: 'org.settings' },
  // Every token that reaches the organization, to see and revoke: an organization setting, so the same Admins.
  { area: 'api-tokens', label: 'API tokens', permission: 'org.settings' },
  // The organization's own keys, made and revoked by the same Admins.
  { area: 'api-keys', label: 'API keys', permission: 'org.settings' },
] as const satisfies ReadonlyArray<{ area: string; label: string; permission: OrgPermission }>;

export type OrgArea = (typeof ORG_AREAS)[number]['area'];
export type OrgAreaDef = (typeof ORG_AREAS)[number];

/** The areas a role may open, in sidebar order (none for a non-member). */
export function orgAreasFor(role: OrgRole | null | undefined): OrgAreaDef[] {
  return ORG_AREAS.filter((a) => can(role, a.permission));
}

/**
 * Where a member of this role lands in an organization: the first area in sidebar order that the role
 * opens by its own grant — areas every member has (their teams, their own access, the roles reference)
 * are only the fallback — so an Admin lands on Apps, a Financial Manager on Costs, an Infrastructure
 * Manager on Compute.
 */
export function firstAreaFor(role: OrgRole): OrgArea {
  const areas = orgAreasFor(role);
  const own = areas.find((a) => !ORG_PERMISSION_DEFS[a.permission].everyMember);
  return (own ?? areas[0] ?? ORG_AREAS[0]).area;
}

/** The URL of an area of an organization; "Your access" is the member's own page. */
export function orgAreaHref(area: OrgArea, orgId: string, userId: string): string {
  switch (area) {
    case 'apps':
      return `/orgs/${orgId}`;
    case 'access':
      return `/orgs/${orgId}/members/${userId}`;
    default:
      return `/orgs/${orgId}/${area}`;
  }
}
