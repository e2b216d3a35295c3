/**
 * The organization's areas per role (lib/permissions/areas.ts), written out by hand from SPEC §3.2 and
 * §8: which areas each role's sidebar lists, and where each role lands when it enters an organization.
 */
import { describe, expect, it } from 'vitest';
import { ORG_AREAS, ORG_ROLES, firstAreaFor, orgAreaHref, orgAreasFor, type OrgArea, type OrgRole } from '../../lib/permissions';

const AREAS: Record<OrgRole, OrgArea[]> = {
  admin: ['apps', 'members', 'teams', 'compute', 'costs', 'audit-log', 'access', 'roles', 'settings', 'api-tokens', 'api-keys'],
  financial_manager: ['teams', 'costs', 'access', 'roles'],
  org_contributor: ['apps', 'members', 'teams', 'compute', 'access', 'roles'],
  org_user: ['apps', 'teams', 'compute', 'access', 'roles'],
  team_contributor: ['apps', 'teams', 'access', 'roles'],
  infra_manager: ['teams', 'compute', 'access', 'roles'],
};

const LANDING: Record<OrgRole, OrgArea> = {
  admin: 'apps',
  financial_manager: 'costs', // not an empty Apps page, nor its own teams
  org_contributor: 'apps',
  org_user: 'apps',
  team_contributor: 'apps', // the apps its teams grant
  infra_manager: 'compute',
};

describe('organization areas', () => {
  it('cover all six roles', () => {
    expect(Object.keys(AREAS).sort()).toEqual([...ORG_ROLES].sort());
  });

  it.each(ORG_ROLES)('%s: the sidebar lists exactly its areas, in order', (role) => {
    expect(orgAreasFor(role).map((a) => a.area)).toEqual(AREAS[role]);
  });

  it.each(ORG_ROLES)('%s lands on its first area of its own', (role) => {
    expect(firstAreaFor(role)).toBe(LANDING[role]);
    expect(orgAreasFor(role).map((a) => a.area)).toContain(firstAreaFor(role));
  });

  it('Apps is listed, and landed on, exactly for the roles that see the apps', () => {
    for (const role of ORG_ROLES) {
      const seesApps = ['admin', 'org_contributor', 'org_user', 'team_contributor'].includes(role);
      expect([role, AREAS[role].includes('apps'), firstAreaFor(role) === 'apps']).toEqual([role, seesApps, seesApps]);
    }
  });

  it('Settings, API tokens and API keys (org.settings) are for the Admin only', () => {
    expect(ORG_ROLES.filter((role) => orgAreasFor(role).some((a) => a.area === 'settings'))).toEqual(['admin']);
    expect(ORG_ROLES.filter((role) => orgAreasFor(role).some((a) => a.area === 'api-tokens'))).toEqual(['admin']);
    expect(ORG_ROLES.filter((role) => orgAreasFor(role).some((a) => a.area === 'api-keys'))).toEqual(['admin']);
  });

  it('a non-member has no area', () => {
    expect(orgAreasFor(null)).toEqual([]);
  });

  it('links each area to its route (SPEC §5, §8)', () => {
    expect(Object.fromEntries(ORG_AREAS.map((a) => [a.label, orgAreaHref(a.area, 'acme', 'u1')]))).toEqual({
      Apps: '/orgs/acme',
      Members: '/orgs/acme/members',
      Teams: '/orgs/acme/teams',
      Compute: '/orgs/acme/compute',
      Costs: '/orgs/acme/costs',
      'Audit log': '/orgs/acme/audit-log',
      'Your access': '/orgs/acme/members/u1',
      Roles: '/orgs/acme/roles',
      Settings: '/orgs/acme/settings',
      'API tokens': '/orgs/acme/api-tokens',
      'API keys': '/orgs/acme/api-keys',
    });
  });
});
