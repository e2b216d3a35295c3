import { describe, expect, it } from 'vitest';
import {
  addTeamAppsAction,
  addTeamMembersAction,
  createTeamAction,
  deleteTeamAction,
  removeTeamAppAction,
  removeTeamMemberAction,
  renameTeamAction,
  searchTeamAppCandidatesAction,
  searchTeamCandidatesAction,
  setTeamAppPermissionAction,
} from '@/app/(app)/orgs/[orgId]/teams/actions';
import {
  createOrgAppAction,
  deleteAppAction,
  removeAppTeamAccessAction,
  setAppTeamAccessAction,
  updateAppDetailsAction,
} from '@/app/(app)/orgs/[orgId]/apps/actions';
import { NOT_FOUND_MESSAGE } from '@/lib/actions/result';
import { ORG_ROLES, can, type OrgRole } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, unique } from '../factories';
import { addToTeam, createApp, createTeam, grantApp, teamOrg, tenantSnapshot, type TeamOrg } from '../factories/teams';

type Result = Promise<{ ok: boolean }>;
/** Each teams action, aimed at organization `orgId` with the team, people and apps of `t`. */
const TEAM_ACTIONS: Array<[string, (orgId: string, t: TeamOrg) => Result]> = [
  ['createTeamAction', (orgId) => createTeamAction({ orgId, id: unique('new'), name: 'New', defaultPermission: 'full_access' })],
  ['renameTeamAction', (orgId, t) => renameTeamAction({ orgId, teamId: t.teamId, name: 'Renamed' })],
  ['deleteTeamAction', (orgId, t) => deleteTeamAction({ orgId, teamId: t.teamId })],
  ['addTeamMembersAction', (orgId, t) => addTeamMembersAction({ orgId, teamId: t.teamId, userIds: [t.notInTeam.id] })],
  ['removeTeamMemberAction', (orgId, t) => removeTeamMemberAction({ orgId, teamId: t.teamId, userId: t.inTeam.id })],
  ['addTeamAppsAction', (orgId, t) => addTeamAppsAction({ orgId, teamId: t.teamId, appIds: [t.freeApp.id], permission: 'full_access' })],
  [
    'setTeamAppPermissionAction',
    (orgId, t) => setTeamAppPermissionAction({ orgId, teamId: t.teamId, appId: t.teamApp.id, permission: 'full_access' }),
  ],
  ['removeTeamAppAction', (orgId, t) => removeTeamAppAction({ orgId, teamId: t.teamId, appId: t.teamApp.id })],
  ['searchTeamCandidatesAction', (orgId, t) => searchTeamCandidatesAction({ orgId, teamId: t.teamId, q: '' })],
  ['searchTeamAppCandidatesAction', (orgId, t) => searchTeamAppCandidatesAction({ orgId, teamId: t.teamId, q: '' })],
];
const CREATE_APP: [string, (orgId: string, t: TeamOrg) => Result] = [
  'createOrgAppAction',
  (orgId) => createOrgAppAction({ orgId, slug: unique('new'), name: 'New' }),
];

/** Both organizations' rows, with the personal apps and notifications of everyone involved. */
const state = (a: TeamOrg, b: TeamOrg, ...extra: Array<{ id: string }>) =>
  tenantSnapshot(
    [a.orgId, b.orgId],
    [a.admin, a.inTeam, a.notInTeam, b.admin, b.inTeam, b.notInTeam, ...extra].map((u) => u.id),
  );

const WITHOUT = (permission: 'teams.manage' | 'apps.create') => ORG_ROLES.filter((role) => !can(role, permission));

describe('roles without the permission are refused (FORBIDDEN), changing nothing', () => {
  it('the roles are the four of SPEC §3.2', () => {
    const expected: OrgRole[] = ['financial_manager', 'org_user', 'team_contributor', 'infra_manager'];
    expect(WITHOUT('teams.manage')).toEqual(expected);
    expect(WITHOUT('apps.create')).toEqual(expected);
  });

  const cases = [
    ...WITHOUT('teams.manage').flatMap((role) => TEAM_ACTIONS.map(([name, call]) => [name, role, call] as const)),
    ...WITHOUT('apps.create').map((role) => [CREATE_APP[0], role, CREATE_APP[1]] as const),
  ];
  it.each(cases)('%s as %s', async (_name, role, call) => {
    const org = await teamOrg();
    const other = await teamOrg();
    // Being in the team, with its app granted at Full Access, gives no right to manage it.
    const caller = await addMember(org.orgId, role);
    await addToTeam(org.orgId, org.teamId, [caller]);
    await grantApp(org.orgId, org.teamId, (await createApp({ orgId: org.orgId })).id, 'full_access');
    const before = await state(org, other, caller);
    await actAs(caller);
    expect(await call(org.orgId, org)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await state(org, other, caller)).toEqual(before);
  });
});

describe('a signed-out caller is refused (UNAUTHENTICATED), changing nothing', () => {
  it.each([...TEAM_ACTIONS, CREATE_APP])('%s', async (_name, call) => {
    const org = await teamOrg();
    const other = await teamOrg();
    const before = await state(org, other);
    await actAs(null);
    expect(await call(org.orgId, org)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await state(org, other)).toEqual(before);
  });
});

describe("an Admin of another organization passing this organization's id (NOT_FOUND), changing nothing", () => {
  it.each([...TEAM_ACTIONS, CREATE_APP])('%s', async (_name, call) => {
    const victim = await teamOrg();
    const attacker = await teamOrg();
    const before = await state(victim, attacker);
    await actAs(attacker.admin);
    const result = await call(victim.orgId, victim);
    expect(result).toEqual({ ok: false, code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE });
    // Exactly what an organization that does not exist answers.
    expect(await call(`${victim.orgId}-nope`, victim)).toEqual(result);
    expect(await state(victim, attacker)).toEqual(before);
  });
});

/** Called by the Admin of `own`, in `own`, with ids of `victim`'s team, members or apps. */
const CROSS_IDS: Array<[string, (own: TeamOrg, victim: TeamOrg) => Result]> = [
  ["renameTeamAction (A's team)", (o, v) => renameTeamAction({ orgId: o.orgId, teamId: v.teamId, name: 'Renamed' })],
  ["deleteTeamAction (A's team)", (o, v) => deleteTeamAction({ orgId: o.orgId, teamId: v.teamId })],
  [
    "addTeamMembersAction (own team, A's member)",
    (o, v) => addTeamMembersAction({ orgId: o.orgId, teamId: o.teamId, userIds: [v.notInTeam.id] }),
  ],
  [
    "addTeamMembersAction (own team, A's Admin)",
    (o, v) => addTeamMembersAction({ orgId: o.orgId, teamId: o.teamId, userIds: [o.notInTeam.id, v.admin.id] }),
  ],
  [
    "addTeamMembersAction (A's team, own member)",
    (o, v) => addTeamMembersAction({ orgId: o.orgId, teamId: v.teamId, userIds: [o.notInTeam.id] }),
  ],
  [
    "removeTeamMemberAction (A's team and member)",
    (o, v) => removeTeamMemberAction({ orgId: o.orgId, teamId: v.teamId, userId: v.inTeam.id }),
  ],
  [
    "removeTeamMemberAction (own team, A's member)",
    (o, v) => removeTeamMemberAction({ orgId: o.orgId, teamId: o.teamId, userId: v.inTeam.id }),
  ],
  [
    "addTeamAppsAction (own team, A's app)",
    (o, v) => addTeamAppsAction({ orgId: o.orgId, teamId: o.teamId, appIds: [v.freeApp.id], permission: 'full_access' }),
  ],
  [
    "addTeamAppsAction (A's team, own app)",
    (o, v) => addTeamAppsAction({ orgId: o.orgId, teamId: v.teamId, appIds: [o.freeApp.id], permission: 'full_access' }),
  ],
  [
    "setTeamAppPermissionAction (A's team and app)",
    (o, v) => setTeamAppPermissionAction({ orgId: o.orgId, teamId: v.teamId, appId: v.teamApp.id, permission: 'full_access' }),
  ],
  [
    "setTeamAppPermissionAction (own team, A's app)",
    (o, v) => setTeamAppPermissionAction({ orgId: o.orgId, teamId: o.teamId, appId: v.teamApp.id, permission: 'full_access' }),
  ],
  ["removeTeamAppAction (A's team and app)", (o, v) => removeTeamAppAction({ orgId: o.orgId, teamId: v.teamId, appId: v.teamApp.id })],
  ["removeTeamAppAction (own team, A's app)", (o, v) => removeTeamAppAction({ orgId: o.orgId, teamId: o.teamId, appId: v.teamApp.id })],
  ["searchTeamCandidatesAction (A's team)", (o, v) => searchTeamCandidatesAction({ orgId: o.orgId, teamId: v.teamId, q: '' })],
  ["searchTeamAppCandidatesAction (A's team)", (o, v) => searchTeamAppCandidatesAction({ orgId: o.orgId, teamId: v.teamId, q: '' })],
  [
    "updateAppDetailsAction (A's app)",
    (o, v) => updateAppDetailsAction({ orgId: o.orgId, appId: v.teamApp.id, name: 'Hacked', description: '', notes: '' }),
  ],
  ["deleteAppAction (A's app)", (o, v) => deleteAppAction({ orgId: o.orgId, appId: v.teamApp.id, confirmation: v.teamApp.slug })],
  [
    "setAppTeamAccessAction (A's app, own team)",
    (o, v) => setAppTeamAccessAction({ orgId: o.orgId, appId: v.freeApp.id, teamId: o.teamId, permission: 'full_access' }),
  ],
  [
    "setAppTeamAccessAction (own app, A's team)",
    (o, v) => setAppTeamAccessAction({ orgId: o.orgId, appId: o.freeApp.id, teamId: v.teamId, permission: 'full_access' }),
  ],
  [
    "removeAppTeamAccessAction (A's app and team)",
    (o, v) => removeAppTeamAccessAction({ orgId: o.orgId, appId: v.teamApp.id, teamId: v.teamId }),
  ],
  [
    "removeAppTeamAccessAction (own team, A's app)",
    (o, v) => removeAppTeamAccessAction({ orgId: o.orgId, appId: v.teamApp.id, teamId: o.teamId }),
  ],
];

describe("an Admin of organization B passing B's id with ids of organization A (NOT_FOUND), changing nothing", () => {
  it.each(CROSS_IDS)('%s', async (_name, call) => {
    const victim = await teamOrg();
    const attacker = await teamOrg();
    const before = await state(victim, attacker);
    await actAs(attacker.admin);
    expect(await call(attacker, victim)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await state(victim, attacker)).toEqual(before);
  });

  it('also when B has a team with the same Team ID as A’s team', async () => {
    const victim = await teamOrg();
    const attacker = await teamOrg();
    // Team IDs are unique per organization only: B may hold the very same one.
    await createTeam(attacker.orgId, { id: victim.teamId, members: [attacker.inTeam] });
    await grantApp(attacker.orgId, victim.teamId, attacker.freeApp.id, 'labeler_worker');
    const before = await state(victim, attacker);
    await actAs(attacker.admin);
    const orgId = attacker.orgId;
    const teamId = victim.teamId;
    expect(await removeTeamMemberAction({ orgId, teamId, userId: victim.inTeam.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await addTeamMembersAction({ orgId, teamId, userIds: [victim.notInTeam.id] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await addTeamAppsAction({ orgId, teamId, appIds: [victim.freeApp.id], permission: 'full_access' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await setTeamAppPermissionAction({ orgId, teamId, appId: victim.teamApp.id, permission: 'full_access' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await removeTeamAppAction({ orgId, teamId, appId: victim.teamApp.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await state(victim, attacker)).toEqual(before);

    // Its own team of that ID is still its to manage — and only its own is touched.
    expect(await renameTeamAction({ orgId, teamId, name: 'Ours' })).toMatchObject({ ok: true });
    expect(await deleteTeamAction({ orgId, teamId })).toMatchObject({ ok: true });
    const after = await state(victim, attacker);
    expect(after.teams.filter((t) => t.orgId === victim.orgId)).toEqual(before.teams.filter((t) => t.orgId === victim.orgId));
    expect(after.teamMembers.filter((t) => t.orgId === victim.orgId)).toEqual(before.teamMembers.filter((t) => t.orgId === victim.orgId));
    expect(after.teamApps.filter((t) => t.orgId === victim.orgId)).toEqual(before.teamApps.filter((t) => t.orgId === victim.orgId));
    expect(after.teams.some((t) => t.orgId === orgId && t.id === teamId)).toBe(false);
  });

  it('createOrgAppAction in B never touches A, even with the same App ID', async () => {
    const victim = await teamOrg();
    const attacker = await teamOrg();
    await actAs(attacker.admin);
    const before = await state(victim, attacker);
    expect(await createOrgAppAction({ orgId: attacker.orgId, slug: victim.teamApp.slug, name: 'Mine' })).toMatchObject({ ok: true });
    const after = await state(victim, attacker);
    expect(after.apps.filter((a) => a.orgId === victim.orgId)).toEqual(before.apps.filter((a) => a.orgId === victim.orgId));
    expect(after.apps.filter((a) => a.orgId === attacker.orgId)).toHaveLength(
      before.apps.filter((a) => a.orgId === attacker.orgId).length + 1,
    );
    // A personal app of B's Admin is no more reachable from B than A's apps are.
    const personal = await createApp({ userId: attacker.admin.id });
    expect(
      await addTeamAppsAction({ orgId: attacker.orgId, teamId: attacker.teamId, appIds: [personal.id], permission: 'full_access' }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
