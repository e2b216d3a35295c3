/**
 * The permission matrix of SPEC §3, written out by hand, cell by cell, and
 * checked against lib/permissions. The expected values below are copied from
 * the SPEC tables — not derived from the module's data — so a change to the
 * matrix must be made in both places on purpose. False cells matter as much
 * as true ones.
 */
import { describe, it, expect } from 'vitest';
import {
  ORG_ROLES,
  ORG_ROLE_LABELS,
  ORG_ROLE_DESCRIPTIONS,
  TEAM_LEVELS,
  TEAM_LEVEL_LABELS,
  TEAM_LEVEL_DESCRIPTIONS,
  ORG_PERMISSIONS,
  ORG_PERMISSION_KEYS,
  APP_PERMISSIONS,
  APP_PERMISSION_KEYS,
  isOrgRole,
  isTeamLevel,
  isOrgPermission,
  isAppPermission,
  can,
  canOnApp,
  orgPermissionScope,
  rolesGranting,
  roleGrantsOnApp,
  levelGrants,
  appPermissionsOf,
  canDeployAppModels,
  canViewClustersForApp,
  explainAppAccess,
  assignableRoles,
  canAssignRole,
  type AppGrant,
  type AppPermission,
  type OrgPermission,
  type OrgRole,
  type TeamLevel,
} from '../../lib/permissions';

const Y = true;
const N = false;

type RoleRow = readonly [boolean, boolean, boolean, boolean, boolean, boolean];
type LevelRow = readonly [boolean, boolean, boolean, boolean];

/** Column order of every table below. */
const ROLE_COLUMNS = [
  'admin',
  'financial_manager',
  'org_contributor',
  'org_user',
  'team_contributor',
  'infra_manager',
] as const satisfies readonly OrgRole[];
const LEVEL_COLUMNS = ['full_access', 'model_trainer', 'labeler_lead', 'labeler_worker'] as const satisfies readonly TeamLevel[];

// ---------------------------------------------------------------------------
// §3.2 Organization-level permissions (+ "Every member can", + §3.4)
// ---------------------------------------------------------------------------

const ORG_TABLE: ReadonlyArray<readonly [OrgPermission, RoleRow]> = [
  //                       admin finMgr orgCon orgUsr teamCo infra
  ['org.apps.view', [Y, N, Y, Y, Y, N]], // Team Contrib.: granted apps only
  ['members.view', [Y, N, Y, N, N, N]],
  ['members.manage', [Y, N, N, N, N, N]],
  ['teams.manage', [Y, N, Y, N, N, N]],
  ['apps.create', [Y, N, Y, N, N, N]],
  ['compute.manage', [Y, N, N, N, N, Y]],
  ['compute.deploy', [Y, N, Y, N, N, Y]],
  ['compute.view', [Y, N, Y, Y, N, Y]],
  ['costs.view', [Y, Y, N, N, N, N]],
  ['budget.set', [Y, N, N, N, N, N]],
  ['org.settings', [Y, N, N, N, N, N]],
  ['org.delete', [Y, N, N, N, N, N]],
  ['audit.view', [Y, N, N, N, N, N]],
  ['access.view_any', [Y, N, N, N, N, N]],
  ['teams.view_own', [Y, Y, Y, Y, Y, Y]],
  ['org.leave', [Y, Y, Y, Y, Y, Y]],
  ['access.view_own', [Y, Y, Y, Y, Y, Y]],
  ['roles.view', [Y, Y, Y, Y, Y, Y]],
  // §8 (API tokens): every member may make a token, which never does more than they may.
  ['tokens.create_own', [Y, Y, Y, Y, Y, Y]],
];

// ---------------------------------------------------------------------------
// §3.3 App-level permissions: role columns and team-level columns
// ---------------------------------------------------------------------------

const APP_TABLE: ReadonlyArray<readonly [AppPermission, RoleRow, LevelRow]> = [
  //                            admin finMgr orgCon orgUsr teamCo infra    full  trainer lead  worker
  ['app.view', [Y, N, Y, Y, N, N], [Y, Y, Y, Y]], // labelers: partial
  ['app.edit_details', [Y, N, Y, N, N, N], [Y, N, N, N]],
  ['app.edit_id', [Y, N, Y, N, N, N], [N, N, N, N]], // ‡
  ['app.delete', [Y, N, Y, N, N, N], [N, N, N, N]], // ‡
  ['app.visibility', [Y, N, Y, N, N, N], [N, N, N, N]], // ‡
  ['app.collaborators.edit', [Y, N, Y, N, N, N], [N, N, N, N]], // ‡
  ['app.collaborators.view', [Y, N, Y, Y, N, N], [Y, Y, Y, N]],
  ['models.write', [Y, N, Y, N, N, N], [Y, Y, N, N]],
  ['workflows.write', [Y, N, Y, N, N, N], [Y, N, N, N]],
  ['datasets.write', [Y, N, Y, N, N, N], [Y, N, N, N]],
  ['concepts.write', [Y, N, Y, N, N, N], [Y, N, Y, N]],
  ['tasks.manage', [Y, N, Y, N, N, N], [Y, N, Y, N]],
  ['annotations.review', [Y, N, Y, N, N, N], [Y, N, Y, N]],
  ['tasks.view_member_names', [Y, N, Y, N, N, N], [Y, N, Y, N]],
  ['tasks.work_assigned', [Y, N, Y, N, N, N], [Y, N, Y, Y]],
  ['app.deploy', [Y, N, Y, N, N, N], [N, Y, N, N]],
  // finer view checks (parts of 'app.view')
  ['models.view', [Y, N, Y, Y, N, N], [Y, Y, N, N]],
  ['workflows.view', [Y, N, Y, Y, N, N], [Y, Y, N, N]],
  ['datasets.view', [Y, N, Y, Y, N, N], [Y, Y, N, N]],
  ['concepts.view', [Y, N, Y, Y, N, N], [Y, Y, Y, Y]],
  ['inputs.view_all', [Y, N, Y, Y, N, N], [Y, Y, N, N]],
  ['tasks.view', [Y, N, Y, Y, N, N], [Y, N, Y, N]], // §3.1 Org User view-only; implied by tasks.manage
  ['inputs.view_assigned', [Y, N, Y, Y, N, N], [Y, Y, Y, Y]],
];

const ADMIN_ONLY: readonly AppPermission[] = ['app.edit_id', 'app.delete', 'app.visibility', 'app.collaborators.edit'];

const orgCases = ORG_TABLE.flatMap(([permission, row]) => ROLE_COLUMNS.map((role, i) => [role, permission, row[i]] as const));
const appRoleCases = APP_TABLE.flatMap(([permission, row]) => ROLE_COLUMNS.map((role, i) => [role, permission, row[i]] as const));
const appLevelCases = APP_TABLE.flatMap(([permission, , row]) => LEVEL_COLUMNS.map((level, i) => [level, permission, row[i]] as const));

function team(level: TeamLevel, teamName: string = level, teamId: string = teamName) {
  return { teamId, teamName, level };
}

// ---------------------------------------------------------------------------

describe('roles and levels', () => {
  it('lists the six roles and their exact labels (§3.1)', () => {
    expect(ORG_ROLES).toEqual(ROLE_COLUMNS);
    expect(ORG_ROLE_LABELS).toEqual({
      admin: 'Admin',
      financial_manager: 'Financial Manager',
      org_contributor: 'Organization Contributor (all apps)',
      org_user: 'Organization User (all apps)',
      team_contributor: 'Team Contributor (select apps)',
      infra_manager: 'Infrastructure Manager',
    });
  });

  it('lists the four team levels and their exact labels (§3.3)', () => {
    expect(TEAM_LEVELS).toEqual(LEVEL_COLUMNS);
    expect(TEAM_LEVEL_LABELS).toEqual({
      full_access: 'Full Access',
      model_trainer: 'Model Trainer',
      labeler_lead: 'Labeler Lead',
      labeler_worker: 'Labeler Worker',
    });
  });

  it.each(ROLE_COLUMNS)('has a one-sentence description for role %s', (role) => {
    expect(ORG_ROLE_DESCRIPTIONS[role]).toMatch(/^[A-Z][^.]*\.$/);
  });

  it.each(LEVEL_COLUMNS)('has a one-sentence description for level %s', (level) => {
    expect(TEAM_LEVEL_DESCRIPTIONS[level]).toMatch(/^[A-Z][^.]*\.$/);
  });

  it.each([
    ['admin', true],
    ['infra_manager', true],
    ['Admin', false],
    ['owner', false],
    ['', false],
    [null, false],
    [undefined, false],
    [1, false],
  ] as const)('isOrgRole(%j) is %s', (v, expected) => {
    expect(isOrgRole(v)).toBe(expected);
  });

  it.each([
    ['full_access', true],
    ['labeler_worker', true],
    ['Full Access', false],
    ['admin', false],
    [null, false],
  ] as const)('isTeamLevel(%j) is %s', (v, expected) => {
    expect(isTeamLevel(v)).toBe(expected);
  });

  it('guards permission keys', () => {
    expect(isOrgPermission('members.manage')).toBe(true);
    expect(isOrgPermission('app.view')).toBe(false);
    expect(isAppPermission('app.view')).toBe(true);
    expect(isAppPermission('members.manage')).toBe(false);
    expect(isAppPermission('toString')).toBe(false);
  });
});

describe('organization permissions (§3.2)', () => {
  it('the hand-written table covers every OrgPermission exactly once', () => {
    const tableKeys = ORG_TABLE.map(([p]) => p);
    expect(new Set(tableKeys).size).toBe(tableKeys.length);
    expect([...tableKeys].sort()).toEqual([...ORG_PERMISSION_KEYS].sort());
    expect([...ORG_PERMISSION_KEYS].sort()).toEqual(Object.keys(ORG_PERMISSIONS).sort());
  });

  it.each(orgCases)('can(%s, %s) is %s', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it.each(ORG_TABLE)('rolesGranting(%s) matches the table', (permission, row) => {
    expect(rolesGranting(permission)).toEqual(ROLE_COLUMNS.filter((_, i) => row[i]));
  });

  it.each([null, undefined])('can(%s, …) is false for every permission (not a member)', (role) => {
    for (const permission of ORG_PERMISSION_KEYS) expect(can(role, permission)).toBe(false);
  });

  it('an unknown role string grants nothing', () => {
    const stale = 'owner' as unknown as OrgRole;
    for (const permission of ORG_PERMISSION_KEYS) expect(can(stale, permission)).toBe(false);
  });

  it.each([
    ['admin', 'all'],
    ['org_contributor', 'all'],
    ['org_user', 'all'],
    ['team_contributor', 'granted_apps'],
    ['financial_manager', null],
    ['infra_manager', null],
    [null, null],
  ] as const)("orgPermissionScope(%s, 'org.apps.view') is %s", (role, expected) => {
    expect(orgPermissionScope(role, 'org.apps.view')).toBe(expected);
  });

  it("orgPermissionScope is 'all' for ordinary grants and null otherwise", () => {
    expect(orgPermissionScope('admin', 'members.manage')).toBe('all');
    expect(orgPermissionScope('org_contributor', 'members.manage')).toBeNull();
  });
});

describe('app permissions (§3.3)', () => {
  it('the hand-written table covers every AppPermission exactly once', () => {
    const tableKeys = APP_TABLE.map(([p]) => p);
    expect(new Set(tableKeys).size).toBe(tableKeys.length);
    expect([...tableKeys].sort()).toEqual([...APP_PERMISSION_KEYS].sort());
    expect([...APP_PERMISSION_KEYS].sort()).toEqual(Object.keys(APP_PERMISSIONS).sort());
  });

  it.each(appRoleCases)('role %s alone → %s is %s', (role, permission, expected) => {
    expect(canOnApp({ role, teams: [] }, permission)).toBe(expected);
    expect(roleGrantsOnApp(role, permission)).toBe(expected);
  });

  it.each(appLevelCases)('team level %s (Team Contributor) → %s is %s', (level, permission, expected) => {
    expect(canOnApp({ role: 'team_contributor', teams: [team(level)] }, permission)).toBe(expected);
    expect(levelGrants(level, permission)).toBe(expected);
  });

  it('marks exactly the ‡ permissions as admin-only', () => {
    const adminOnly = APP_PERMISSION_KEYS.filter((p) => (APP_PERMISSIONS[p] as { adminOnly?: boolean }).adminOnly === true);
    expect([...adminOnly].sort()).toEqual([...ADMIN_ONLY].sort());
  });

  it.each(['team_contributor', 'financial_manager', 'infra_manager'] as const)('%s gets no app permission from its role alone', (role) => {
    for (const permission of APP_PERMISSION_KEYS) {
      expect(canOnApp({ role, teams: [] }, permission)).toBe(false);
    }
    expect(appPermissionsOf({ role, teams: [] }).size).toBe(0);
    expect(explainAppAccess({ role, teams: [] }).every((e) => !e.allowed && e.sources.length === 0)).toBe(true);
  });

  it.each(['financial_manager', 'infra_manager'] as const)('%s in a team gets exactly what the team level grants', (role) => {
    for (const [permission, , levelRow] of APP_TABLE) {
      LEVEL_COLUMNS.forEach((level, i) => {
        expect(canOnApp({ role, teams: [team(level)] }, permission)).toBe(levelRow[i]);
      });
    }
  });

  const adminOnlyByLevel = ADMIN_ONLY.flatMap((permission) => LEVEL_COLUMNS.map((level) => [level, permission] as const));

  it.each(adminOnlyByLevel)('‡ a Team Contributor in a %s team does not get %s', (level, permission) => {
    expect(canOnApp({ role: 'team_contributor', teams: [team(level)] }, permission)).toBe(false);
  });

  it.each(ADMIN_ONLY)('‡ %s: not even an Org User in a Full Access team; Admin and Org Contributor do', (permission) => {
    expect(canOnApp({ role: 'org_user', teams: [team('full_access')] }, permission)).toBe(false);
    expect(canOnApp({ role: 'team_contributor', teams: [team('full_access', 'a'), team('full_access', 'b')] }, permission)).toBe(false);
    expect(canOnApp({ role: 'admin', teams: [] }, permission)).toBe(true);
    expect(canOnApp({ role: 'org_contributor', teams: [] }, permission)).toBe(true);
  });

  it('a Full Access team still gets the non-‡ app-settings permissions', () => {
    const grant: AppGrant = { role: 'team_contributor', teams: [team('full_access')] };
    expect(canOnApp(grant, 'app.edit_details')).toBe(true);
    expect(canOnApp(grant, 'app.collaborators.view')).toBe(true);
  });

  it('a non-member grants nothing', () => {
    for (const permission of APP_PERMISSION_KEYS) {
      expect(canOnApp({ role: null, teams: [] }, permission)).toBe(false);
    }
  });

  describe('union', () => {
    it('unions two teams: Labeler Worker + Model Trainer', () => {
      const grant: AppGrant = {
        role: 'team_contributor',
        teams: [team('labeler_worker', 'labelers'), team('model_trainer', 'trainers')],
      };
      const expected: Record<AppPermission, boolean> = {
        'app.view': Y,
        'app.edit_details': N,
        'app.edit_id': N,
        'app.delete': N,
        'app.visibility': N,
        'app.collaborators.edit': N,
        'app.collaborators.view': Y, // from Model Trainer
        'models.write': Y, // from Model Trainer
        'workflows.write': N,
        'datasets.write': N,
        'concepts.write': N,
        'tasks.manage': N,
        'annotations.review': N,
        'tasks.view_member_names': N,
        'tasks.work_assigned': Y, // from Labeler Worker
        'app.deploy': Y, // from Model Trainer
        'models.view': Y,
        'workflows.view': Y,
        'datasets.view': Y,
        'concepts.view': Y,
        'inputs.view_all': Y,
        'tasks.view': N, // Labeler Worker sees only its assigned tasks; Model Trainer none
        'inputs.view_assigned': Y,
      };
      for (const permission of APP_PERMISSION_KEYS) {
        expect([permission, canOnApp(grant, permission)]).toEqual([permission, expected[permission]]);
      }
      expect([...appPermissionsOf(grant)].sort()).toEqual(APP_PERMISSION_KEYS.filter((p) => expected[p]).sort());
    });

    it('unions the role with a team: Org User + Labeler Lead', () => {
      const grant: AppGrant = { role: 'org_user', teams: [team('labeler_lead', 'leads')] };
      expect(canOnApp(grant, 'models.view')).toBe(true); // role
      expect(canOnApp(grant, 'concepts.write')).toBe(true); // team
      expect(canOnApp(grant, 'tasks.manage')).toBe(true); // team
      expect(canOnApp(grant, 'models.write')).toBe(false); // neither
      expect(canOnApp(grant, 'app.delete')).toBe(false); // ‡
    });
  });

  describe('deploying (§3.2 compute.deploy ∪ §3.3 app.deploy)', () => {
    it.each([
      ['admin', [], true, true],
      ['org_contributor', [], true, true],
      ['infra_manager', [], true, true],
      ['org_user', [], false, true],
      ['financial_manager', [], false, false],
      ['team_contributor', [], false, false],
      ['team_contributor', ['model_trainer'], true, true],
      ['team_contributor', ['full_access'], false, false],
      ['financial_manager', ['model_trainer'], true, true],
    ] as const)('%s with teams %j: deploy %s, view clusters %s', (role, levels, deploy, viewClusters) => {
      const grant: AppGrant = { role, teams: levels.map((l) => team(l)) };
      expect(canDeployAppModels(grant)).toBe(deploy);
      expect(canViewClustersForApp(grant)).toBe(viewClusters);
    });

    it('Infrastructure Manager deploys through compute.deploy, not through the app permission', () => {
      expect(can('infra_manager', 'compute.deploy')).toBe(true);
      expect(canOnApp({ role: 'infra_manager', teams: [] }, 'app.deploy')).toBe(false);
    });
  });
});

describe('explainAppAccess (§3.4)', () => {
  const grant: AppGrant = {
    role: 'org_user',
    teams: [team('labeler_worker', 'labelers', 'labelers'), team('labeler_lead', 'Lead labelers', 'leads')],
  };
  const explained = explainAppAccess(grant);
  const byKey = new Map(explained.map((e) => [e.permission, e]));

  it('lists every app permission once, in matrix order, with its label', () => {
    expect(explained.map((e) => e.permission)).toEqual([...APP_PERMISSION_KEYS]);
    for (const e of explained) {
      expect(e.label).toBe(APP_PERMISSIONS[e.permission].label);
    }
  });

  it.each([
    ['app.view', ['role: Organization User (all apps)', 'team labelers: Labeler Worker', 'team Lead labelers: Labeler Lead']],
    ['models.view', ['role: Organization User (all apps)']],
    ['app.collaborators.view', ['role: Organization User (all apps)', 'team Lead labelers: Labeler Lead']],
    ['tasks.work_assigned', ['team labelers: Labeler Worker', 'team Lead labelers: Labeler Lead']],
    ['concepts.write', ['team Lead labelers: Labeler Lead']],
    ['inputs.view_assigned', ['role: Organization User (all apps)', 'team labelers: Labeler Worker', 'team Lead labelers: Labeler Lead']],
    ['models.write', []],
    ['app.edit_details', []],
    ['app.delete', []],
  ] as const)('%s has sources %j', (permission, labels) => {
    const e = byKey.get(permission);
    expect(e?.sources.map((s) => s.label)).toEqual(labels);
    expect(e?.allowed).toBe(labels.length > 0);
  });

  it('describes sources structurally, with the labeler restriction on app.view', () => {
    expect(byKey.get('app.view')?.sources).toEqual([
      { kind: 'role', role: 'org_user', label: 'role: Organization User (all apps)' },
      {
        kind: 'team',
        teamId: 'labelers',
        teamName: 'labelers',
        level: 'labeler_worker',
        label: 'team labelers: Labeler Worker',
        note: 'concepts and inputs of assigned tasks only',
      },
      {
        kind: 'team',
        teamId: 'leads',
        teamName: 'Lead labelers',
        level: 'labeler_lead',
        label: 'team Lead labelers: Labeler Lead',
        note: 'concepts and assigned inputs only',
      },
    ]);
  });

  it('lists no team source for ‡ permissions, even for a Full Access team', () => {
    const e = explainAppAccess({ role: 'team_contributor', teams: [team('full_access', 'core')] });
    for (const permission of ADMIN_ONLY) {
      const row = e.find((x) => x.permission === permission);
      expect(row).toMatchObject({ allowed: false, sources: [] });
    }
    expect(e.find((x) => x.permission === 'app.edit_details')?.sources.map((s) => s.label)).toEqual(['team core: Full Access']);
  });

  it('names the role for Admin', () => {
    const e = explainAppAccess({ role: 'admin', teams: [] });
    expect(e.every((x) => x.allowed)).toBe(true);
    expect(e.find((x) => x.permission === 'app.delete')?.sources).toEqual([{ kind: 'role', role: 'admin', label: 'role: Admin' }]);
  });

  it.each([
    { role: null, teams: [] },
    { role: 'team_contributor', teams: [team('labeler_worker'), team('model_trainer')] },
    { role: 'org_contributor', teams: [team('labeler_lead')] },
    { role: 'infra_manager', teams: [team('full_access')] },
  ] satisfies AppGrant[])('agrees with canOnApp for %j', (g) => {
    for (const e of explainAppAccess(g)) expect(e.allowed).toBe(canOnApp(g, e.permission));
  });
});

describe('assignableRoles', () => {
  it('Admin may assign all six roles', () => {
    expect(assignableRoles('admin')).toEqual([
      'admin',
      'financial_manager',
      'org_contributor',
      'org_user',
      'team_contributor',
      'infra_manager',
    ]);
  });

  it.each(['financial_manager', 'org_contributor', 'org_user', 'team_contributor', 'infra_manager'] as const)(
    '%s (no members.manage) may assign no role',
    (role) => {
      expect(assignableRoles(role)).toEqual([]);
      for (const target of ROLE_COLUMNS) expect(canAssignRole(role, target)).toBe(false);
    },
  );

  it('returns a fresh array each time', () => {
    const a = assignableRoles('admin');
    a.pop();
    expect(assignableRoles('admin')).toHaveLength(6);
  });

  it('canAssignRole follows assignableRoles', () => {
    for (const target of ROLE_COLUMNS) expect(canAssignRole('admin', target)).toBe(true);
    expect(canAssignRole(null, 'org_user')).toBe(false);
    expect(canAssignRole(undefined, 'org_user')).toBe(false);
  });
});

describe('performance', () => {
  it('can() costs well under 1 µs per call', () => {
    const n = 200_000;
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (can('org_user', 'compute.view')) hits++; // warm up
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const role = ROLE_COLUMNS[i % 6];
      if (can(role, i % 2 === 0 ? 'members.manage' : 'compute.view')) hits++;
    }
    const perCallMs = (performance.now() - start) / n;
    expect(hits).toBeGreaterThan(0);
    expect(perCallMs * 1000).toBeLessThan(1); // µs
  });
});
