import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { listTeams } from '@/db/queries/teams';
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
import { removeMemberAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, unique } from '../factories';
import { auditOf, notificationsOf } from '../factories/invitations';
import {
  addToTeam,
  appRow,
  createApp,
  createTeam,
  grantApp,
  memberInTeam,
  teamAppGrants,
  teamMemberIds,
  teamOrg,
  teamRow,
  tenantSnapshot,
} from '../factories/teams';

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();

async function adminOrg() {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin, { name: 'Team Org' });
  await actAs(admin);
  return { admin, orgId };
}

describe('create a team', () => {
  it('creates it with its default permission, lists it with zero counts and audits it', async () => {
    const { admin, orgId } = await adminOrg();
    const id = unique('ml');
    expect(await createTeamAction({ orgId, id, name: ' Labelers ', defaultPermission: 'labeler_lead' })).toEqual({
      ok: true,
      data: { id },
    });
    expect(await teamRow(orgId, id)).toMatchObject({ name: 'Labelers', defaultPermission: 'labeler_lead' });
    const { rows } = await listTeams(await getDb(), orgId, {});
    expect(rows).toMatchObject([{ id, name: 'Labelers', defaultPermission: 'labeler_lead', memberCount: 0, appCount: 0 }]);
    expect(await auditOf(orgId, 'team.created')).toMatchObject([
      { actorId: admin.id, targetType: 'team', targetId: id, data: { name: 'Labelers', defaultPermission: 'labeler_lead' } },
    ]);
  });

  it.each([
    ['bad characters', 'Data Team!', 'may contain only lowercase letters'],
    ['uppercase', 'DATA', 'may contain only lowercase letters'],
    ['too short', 'd', 'at least 2 characters'],
    ['too long', 'd'.repeat(49), 'at most 48 characters'],
  ])('refuses a Team ID with %s beside the field `id`, writing nothing', async (_case, id, message) => {
    const { orgId } = await adminOrg();
    const before = await tenantSnapshot([orgId]);
    const result = await createTeamAction({ orgId, id, name: 'Data', defaultPermission: 'full_access' });
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { id: [expect.stringContaining(message)] } });
    expect(await tenantSnapshot([orgId])).toEqual(before);
  });

  it('refuses a Team ID taken in this organization beside `id`; the same Team ID in another organization is fine', async () => {
    const { orgId } = await adminOrg();
    const id = unique('eng');
    await createTeam(orgId, { id, name: 'Original', defaultPermission: 'labeler_worker' });
    const before = await tenantSnapshot([orgId]);
    const taken = await createTeamAction({ orgId, id, name: 'Copy', defaultPermission: 'full_access' });
    expect(taken).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { id: [expect.stringContaining('taken')] } });
    expect(await tenantSnapshot([orgId])).toEqual(before);

    const other = await adminOrg();
    expect(await createTeamAction({ orgId: other.orgId, id, name: 'Elsewhere', defaultPermission: 'full_access' })).toEqual({
      ok: true,
      data: { id },
    });
    expect(await teamRow(other.orgId, id)).toMatchObject({ name: 'Elsewhere' });
    expect(await teamRow(orgId, id)).toMatchObject({ name: 'Original', defaultPermission: 'labeler_worker' });
  });
});

describe('rename and delete a team', () => {
  it('renames it and audits before and after; an unknown team is not found and an empty name is a field error', async () => {
    const { admin, orgId } = await adminOrg();
    const { id } = await createTeam(orgId, { name: 'Old name' });
    expect(await renameTeamAction({ orgId, teamId: id, name: 'New name' })).toEqual({ ok: true, data: { id, name: 'New name' } });
    expect((await teamRow(orgId, id))?.name).toBe('New name');
    expect(await auditOf(orgId, 'team.renamed')).toMatchObject([
      { actorId: admin.id, targetId: id, data: { before: 'Old name', after: 'New name' } },
    ]);
    expect(await renameTeamAction({ orgId, teamId: unique('ghost'), name: 'X' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await renameTeamAction({ orgId, teamId: id, name: '   ' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { name: [expect.any(String)] },
    });
    expect((await teamRow(orgId, id))?.name).toBe('New name');
  });

  it("deletes it with its team_members and team_apps rows; the organization's members, apps and other teams remain", async () => {
    const org = await teamOrg();
    await actAs(org.admin);
    const { id: keep } = await createTeam(org.orgId, { members: [org.inTeam, org.notInTeam] });
    await grantApp(org.orgId, keep, org.teamApp.id, 'labeler_lead');
    const before = await tenantSnapshot([org.orgId]);

    expect(await deleteTeamAction({ orgId: org.orgId, teamId: org.teamId })).toEqual({ ok: true, data: { id: org.teamId } });
    const after = await tenantSnapshot([org.orgId]);
    expect(await teamRow(org.orgId, org.teamId)).toBeNull();
    expect(after.teamMembers).toEqual(before.teamMembers.filter((r) => r.teamId !== org.teamId));
    expect(after.teamApps).toEqual(before.teamApps.filter((r) => r.teamId !== org.teamId));
    expect(after.teamMembers.map((r) => r.teamId)).toEqual([keep, keep]);
    expect(after.memberships).toEqual(before.memberships);
    expect(after.apps).toEqual(before.apps);
    expect(await auditOf(org.orgId, 'team.deleted')).toMatchObject([{ actorId: org.admin.id, targetId: org.teamId }]);
    expect(await deleteTeamAction({ orgId: org.orgId, teamId: org.teamId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('list teams', () => {
  it('counts members and apps per team, and onlyMemberId keeps only that member’s teams', async () => {
    const { admin, orgId } = await adminOrg();
    const [a, b, c] = [await addMember(orgId, 'org_user'), await addMember(orgId, 'team_contributor'), await addMember(orgId, 'org_user')];
    const [app1, app2] = [await createApp({ orgId }), await createApp({ orgId })];
    const t1 = await createTeam(orgId, { id: `${unique('t')}-1`, members: [a, b] });
    const t2 = await createTeam(orgId, { id: `${t1.id.slice(0, -2)}-2`, members: [b] });
    const t3 = await createTeam(orgId, { id: `${t1.id.slice(0, -2)}-3` });
    await grantApp(orgId, t1.id, app1.id);
    await grantApp(orgId, t2.id, app1.id);
    await grantApp(orgId, t2.id, app2.id);

    const db = await getDb();
    const { rows } = await listTeams(db, orgId, {});
    expect(rows.map((r) => [r.id, r.memberCount, r.appCount])).toEqual([
      [t1.id, 2, 1],
      [t2.id, 1, 2],
      [t3.id, 0, 0],
    ]);
    expect(ids((await listTeams(db, orgId, { onlyMemberId: a.id })).rows)).toEqual([t1.id]);
    expect(ids((await listTeams(db, orgId, { onlyMemberId: b.id })).rows)).toEqual([t1.id, t2.id].sort());
    expect((await listTeams(db, orgId, { onlyMemberId: c.id })).rows).toEqual([]);
    expect((await listTeams(db, orgId, { onlyMemberId: admin.id })).rows).toEqual([]);
  });
});

describe('team members', () => {
  it('adds several organization members at once, notifies each (team_added) and audits each', async () => {
    const org = await teamOrg();
    await actAs(org.admin);
    const [x, y] = [await addMember(org.orgId, 'org_contributor'), await addMember(org.orgId, 'infra_manager')];
    const result = await addTeamMembersAction({ orgId: org.orgId, teamId: org.teamId, userIds: [org.notInTeam.id, x.id, y.id] });
    expect(result).toEqual({ ok: true, data: { added: 3 } });
    expect(await teamMemberIds(org.orgId, org.teamId)).toEqual([org.inTeam.id, org.notInTeam.id, x.id, y.id].sort());
    for (const user of [org.notInTeam, x, y]) {
      expect(await notificationsOf(user.id, 'team_added')).toMatchObject([{ orgId: org.orgId, payload: { teamId: org.teamId } }]);
    }
    expect(await notificationsOf(org.inTeam.id, 'team_added')).toEqual([]);
    const audited = (await auditOf(org.orgId, 'team.member_added')).map((e) => (e.data as { userId: string }).userId);
    expect(audited.sort()).toEqual([org.notInTeam.id, x.id, y.id].sort());
  });

  it.each([
    ['a user of no organization', async () => createUser()],
    ['a member of another organization', async () => addMember((await createOrg(await createUser())).id, 'admin')],
  ])('refuses %s (NOT_FOUND), writing nothing, even alongside a member', async (_case, outsider) => {
    const org = await teamOrg();
    const stranger = await outsider();
    await actAs(org.admin);
    const before = await tenantSnapshot([org.orgId], [stranger.id, org.notInTeam.id]);
    const result = await addTeamMembersAction({ orgId: org.orgId, teamId: org.teamId, userIds: [org.notInTeam.id, stranger.id] });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await tenantSnapshot([org.orgId], [stranger.id, org.notInTeam.id])).toEqual(before);
  });

  it('searchTeamCandidatesAction finds organization members not yet in the team, never outsiders', async () => {
    const org = await teamOrg();
    const tag = unique('zebra');
    const fresh = await addMember(org.orgId, 'org_user', await createUser({ name: `Fresh ${tag}` }));
    await memberInTeam(org.orgId, 'org_user', org.teamId, `Already ${tag}`);
    await createUser({ name: `Nobody ${tag}` });
    const otherOrg = await createOrg(await createUser());
    await addMember(otherOrg.id, 'org_user', await createUser({ name: `Elsewhere ${tag}` }));
    await actAs(org.admin);
    const result = await searchTeamCandidatesAction({ orgId: org.orgId, teamId: org.teamId, q: tag });
    expect(result).toEqual({ ok: true, data: [{ id: fresh.id, label: fresh.email, detail: `Fresh ${tag}` }] });
    const all = await searchTeamCandidatesAction({ orgId: org.orgId, teamId: org.teamId, q: '' });
    expect(all.ok && all.data.map((c) => c.id).sort()).toEqual([org.admin.id, org.notInTeam.id, fresh.id].sort());
  });

  it('removes a member from the team, notifies them (team_removed) and audits it', async () => {
    const org = await teamOrg();
    await actAs(org.admin);
    expect(await removeTeamMemberAction({ orgId: org.orgId, teamId: org.teamId, userId: org.inTeam.id })).toEqual({
      ok: true,
      data: { removed: true },
    });
    expect(await teamMemberIds(org.orgId, org.teamId)).toEqual([]);
    expect(await notificationsOf(org.inTeam.id, 'team_removed')).toMatchObject([{ orgId: org.orgId, payload: { teamId: org.teamId } }]);
    expect(await auditOf(org.orgId, 'team.member_removed')).toMatchObject([{ targetId: org.teamId, data: { userId: org.inTeam.id } }]);
    expect(await removeTeamMemberAction({ orgId: org.orgId, teamId: org.teamId, userId: org.inTeam.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await notificationsOf(org.inTeam.id, 'team_removed')).toHaveLength(1);
  });

  it("removing a member from the organization removes them from all its teams, not from other organizations' teams", async () => {
    const org = await teamOrg();
    const { id: second } = await createTeam(org.orgId, { members: [org.inTeam, org.notInTeam] });
    const elsewhere = await createOrg(await createUser());
    await addMember(elsewhere.id, 'org_user', org.inTeam);
    const { id: foreignTeam } = await createTeam(elsewhere.id, { members: [org.inTeam] });
    await actAs(org.admin);
    expect(await removeMemberAction({ orgId: org.orgId, userId: org.inTeam.id })).toMatchObject({ ok: true });
    expect(await teamMemberIds(org.orgId, org.teamId)).toEqual([]);
    expect(await teamMemberIds(org.orgId, second)).toEqual([org.notInTeam.id]);
    expect(await teamMemberIds(elsewhere.id, foreignTeam)).toEqual([org.inTeam.id]);
  });
});

describe('team apps', () => {
  it('adds apps at the chosen permission, changes one, removes one; each is audited and counted', async () => {
    const org = await teamOrg();
    await actAs(org.admin);
    const third = await createApp({ orgId: org.orgId });
    const { orgId, teamId } = org;
    expect(await addTeamAppsAction({ orgId, teamId, appIds: [org.freeApp.id, third.id], permission: 'labeler_lead' })).toEqual({
      ok: true,
      data: { added: 2 },
    });
    expect(await teamAppGrants(orgId, teamId)).toEqual(
      [
        { appId: org.teamApp.id, permission: 'model_trainer' },
        { appId: org.freeApp.id, permission: 'labeler_lead' },
        { appId: third.id, permission: 'labeler_lead' },
      ].sort((p, q) => p.appId.localeCompare(q.appId)),
    );
    expect((await auditOf(orgId, 'team.app_added')).map((e) => e.data)).toEqual(
      expect.arrayContaining([
        { appId: org.freeApp.id, permission: 'labeler_lead' },
        { appId: third.id, permission: 'labeler_lead' },
      ]),
    );
    expect((await listTeams(await getDb(), orgId, {})).rows).toMatchObject([{ id: teamId, memberCount: 1, appCount: 3 }]);

    expect(await setTeamAppPermissionAction({ orgId, teamId, appId: org.freeApp.id, permission: 'full_access' })).toEqual({
      ok: true,
      data: { permission: 'full_access' },
    });
    expect((await teamAppGrants(orgId, teamId)).find((g) => g.appId === org.freeApp.id)?.permission).toBe('full_access');
    expect(await auditOf(orgId, 'team.app_permission_changed')).toMatchObject([
      { data: { appId: org.freeApp.id, before: 'labeler_lead', after: 'full_access' } },
    ]);

    expect(await removeTeamAppAction({ orgId, teamId, appId: third.id })).toEqual({ ok: true, data: { removed: true } });
    expect((await teamAppGrants(orgId, teamId)).map((g) => g.appId)).not.toContain(third.id);
    expect(await appRow(third.id)).toMatchObject({ orgId });
    expect(await auditOf(orgId, 'team.app_removed')).toMatchObject([{ data: { appId: third.id } }]);
    expect(await removeTeamAppAction({ orgId, teamId, appId: third.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await setTeamAppPermissionAction({ orgId, teamId, appId: third.id, permission: 'full_access' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it.each([
    ["another organization's app", async () => createApp({ orgId: (await createOrg(await createUser())).id })],
    ['a personal app', async () => createApp({ userId: (await createUser()).id })],
  ])('refuses %s (NOT_FOUND), writing nothing', async (_case, foreign) => {
    const org = await teamOrg();
    const app = await foreign();
    await actAs(org.admin);
    const before = await tenantSnapshot([org.orgId]);
    const result = await addTeamAppsAction({
      orgId: org.orgId,
      teamId: org.teamId,
      appIds: [org.freeApp.id, app.id],
      permission: 'full_access',
    });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await tenantSnapshot([org.orgId])).toEqual(before);
    expect(await appRow(app.id)).toMatchObject({ slug: app.slug, name: app.name });
  });

  it("searchTeamAppCandidatesAction returns only this organization's apps not yet in the team", async () => {
    const org = await teamOrg();
    const tag = unique('vision');
    const wanted = await createApp({ orgId: org.orgId }, { slug: `${tag}-a`, name: 'Wanted' });
    const granted = await createApp({ orgId: org.orgId }, { slug: `${tag}-b` });
    await grantApp(org.orgId, org.teamId, granted.id, 'labeler_worker');
    await createApp({ orgId: (await createOrg(await createUser())).id }, { slug: `${tag}-c` });
    await createApp({ userId: org.admin.id }, { slug: `${tag}-d` });
    await actAs(org.admin);
    const result = await searchTeamAppCandidatesAction({ orgId: org.orgId, teamId: org.teamId, q: tag });
    expect(result).toEqual({ ok: true, data: [{ id: wanted.id, label: wanted.slug, detail: 'Wanted' }] });
    const all = await searchTeamAppCandidatesAction({ orgId: org.orgId, teamId: org.teamId, q: '' });
    expect(all.ok && ids(all.data)).toEqual(ids([org.freeApp, wanted]));
  });

  it('adding someone already in the team adds nothing, notifies no one, and leaves their other teams alone', async () => {
    const org = await teamOrg();
    const { id: other } = await createTeam(org.orgId);
    await addToTeam(org.orgId, other, [org.inTeam]);
    await actAs(org.admin);
    expect(await addTeamMembersAction({ orgId: org.orgId, teamId: org.teamId, userIds: [org.inTeam.id] })).toEqual({
      ok: true,
      data: { added: 0 },
    });
    expect(await notificationsOf(org.inTeam.id, 'team_added')).toEqual([]);
    expect(await teamMemberIds(org.orgId, other)).toEqual([org.inTeam.id]);
  });
});
