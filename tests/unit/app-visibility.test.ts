import { describe, expect, it } from 'vitest';
import {
  APP_PERMISSION_DEFS,
  APP_PERMISSION_KEYS,
  APP_VISIBILITIES,
  appPermissionsOf,
  appVisibilityOf,
  canOnApp,
  explainAppAccess,
  ORG_ROLES,
  orgVisibilityPermissions,
  permissionSources,
  roleGrantsOnApp,
  summarizeAppAccess,
  TEAM_LEVELS,
  type AppGrant,
  type AppPermission,
} from '@/lib/permissions';

// Written out by hand from SPEC §3.3's "Org User (role)" column and the finer view keys: what an app of
// Organization visibility lets every member do. If the matrix changes, this list must be changed with it.
const ORG_VISIBLE: readonly AppPermission[] = [
  'app.view',
  'app.collaborators.view',
  'models.view',
  'workflows.view',
  'datasets.view',
  'concepts.view',
  'inputs.view_all',
  'tasks.view',
  'inputs.view_assigned',
];

const team = (level: (typeof TEAM_LEVELS)[number], name: string = level) => ({ teamId: name, teamName: name, level });

describe('Organization visibility grants every member the Organization User’s view-only app permissions', () => {
  it('derives exactly that set, with no ‡ permission and nothing that writes', () => {
    expect(orgVisibilityPermissions()).toEqual(ORG_VISIBLE);
    expect(orgVisibilityPermissions().every((p) => roleGrantsOnApp('org_user', p))).toBe(true);
    expect(orgVisibilityPermissions().some((p) => APP_PERMISSION_DEFS[p].adminOnly)).toBe(false);
  });

  it.each(ORG_ROLES)('role %s on an org app: its role grant plus the view set, never more', (role) => {
    for (const permission of APP_PERMISSION_KEYS) {
      const expected = roleGrantsOnApp(role, permission) || ORG_VISIBLE.includes(permission);
      expect(canOnApp({ role, teams: [], visibility: 'org' }, permission), permission).toBe(expected);
      // Private, or no visibility at all: the role alone, as before.
      expect(canOnApp({ role, teams: [], visibility: 'private' }, permission), permission).toBe(roleGrantsOnApp(role, permission));
      expect(canOnApp({ role, teams: [] }, permission), permission).toBe(roleGrantsOnApp(role, permission));
    }
  });

  it('grants nothing to a non-member (no role), whatever the visibility', () => {
    for (const visibility of APP_VISIBILITIES) {
      const grant: AppGrant = { role: null, teams: [], visibility };
      expect(APP_PERMISSION_KEYS.filter((p) => canOnApp(grant, p))).toEqual([]);
      expect(appPermissionsOf(grant).size).toBe(0);
      expect(explainAppAccess(grant).some((p) => p.allowed)).toBe(false);
    }
  });

  it('adds to a team’s grant without widening ‡ permissions', () => {
    const grant: AppGrant = { role: 'team_contributor', teams: [team('labeler_worker', 'labelers')], visibility: 'org' };
    expect(canOnApp(grant, 'models.view')).toBe(true);
    expect(canOnApp(grant, 'tasks.work_assigned')).toBe(true);
    expect(canOnApp(grant, 'models.write')).toBe(false);
    for (const p of APP_PERMISSION_KEYS.filter((k) => APP_PERMISSION_DEFS[k].adminOnly)) expect(canOnApp(grant, p)).toBe(false);
  });

  it('reads a stored column as private unless it says org', () => {
    expect([appVisibilityOf('org'), appVisibilityOf('private'), appVisibilityOf(null), appVisibilityOf('public')]).toEqual([
      'org',
      'private',
      'private',
      'private',
    ]);
  });
});

describe('explaining access names the visibility as a source', () => {
  const grants: AppGrant[] = ORG_ROLES.flatMap((role) =>
    APP_VISIBILITIES.flatMap((visibility) => [
      { role, teams: [], visibility },
      { role, teams: [team('labeler_worker', 'labelers'), team('model_trainer', 'trainers')], visibility },
    ]),
  );

  it.each(grants.map((g) => [`${g.role} / ${g.visibility} / ${g.teams.length} teams`, g] as const))(
    '%s: explain, summarize, appPermissionsOf and canOnApp agree',
    (_name, grant) => {
      const explained = explainAppAccess(grant);
      const summarized = summarizeAppAccess(grant);
      const all = appPermissionsOf(grant);
      explained.forEach((p, i) => {
        expect(p.allowed, p.permission).toBe(canOnApp(grant, p.permission));
        expect(all.has(p.permission), p.permission).toBe(p.allowed);
        expect(summarized[i]!.allowed).toBe(p.allowed);
        const visibility = p.sources.find((s) => s.kind === 'visibility')?.label ?? null;
        expect(summarized[i]!.visibility).toBe(visibility);
        expect(visibility).toBe(grant.visibility === 'org' && ORG_VISIBLE.includes(p.permission) ? 'visibility: Organization' : null);
      });
    },
  );

  it('orders sources role, visibility, then teams', () => {
    const grant: AppGrant = { role: 'org_user', teams: [team('labeler_lead', 'leads')], visibility: 'org' };
    expect(permissionSources(grant, 'concepts.view')).toEqual([
      { kind: 'role', role: 'org_user', label: 'role: Organization User (all apps)' },
      { kind: 'visibility', visibility: 'org', label: 'visibility: Organization' },
      { kind: 'team', teamId: 'leads', teamName: 'leads', level: 'labeler_lead', label: 'team leads: Labeler Lead' },
    ]);
    expect(permissionSources(grant, 'concepts.write').map((s) => s.label)).toEqual(['team leads: Labeler Lead']);
  });
});
