/**
 * SCIM 2.0 Groups (RFC 7644): a Group is a team the identity provider manages. Driven as Okta's SCIM 2.0
 * test and Microsoft Entra ID drive a server, with the database checked after each step: the team and its
 * members, roles mapped to groups (never the last Admin's), invited people joining on accepting, the lock
 * on managed teams, deactivation, other tenants, and concurrent requests on PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import {
  disableScimAction,
  issueScimTokenAction,
  setScimGroupRoleAction,
  setScimRoleAction,
} from '@/app/(app)/orgs/[orgId]/settings/provisioning/actions';
import {
  addTeamAppsAction,
  addTeamMembersAction,
  deleteTeamAction,
  removeTeamMemberAction,
  renameTeamAction,
} from '@/app/(app)/orgs/[orgId]/teams/actions';
import { acceptInvitationAction } from '@/app/(app)/notifications/actions';
import { scimClient } from '../support/scim-client';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, roleOf } from '../factories';
import { auditOf, invitationRow, invitationsFor, newEmail, notificationsOf } from '../factories/invitations';
import { createApp, teamAppGrants, teamMemberIds, teamRow, tenantSnapshot } from '../factories/teams';

const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ROSTER_USER = 'urn:ietf:params:scim:schemas:extension:roster:2.0:User';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ROSTER_GROUP = 'urn:ietf:params:scim:schemas:extension:roster:2.0:Group';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Scim = ReturnType<typeof scimClient>;
/** A SCIM User: its SCIM id, and the account it stands for. */
type Ref = { scimId: string; id: string; email: string };

async function connectedOrg() {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  await actAs(admin);
  const issued = await issueScimTokenAction({ orgId });
  if (!issued.ok) throw new Error(issued.message);
  return { admin, orgId, secret: issued.data.secret, scim: scimClient(orgId, issued.data.secret) };
}

/** A SCIM User for `email`: a new account made a member, or (the address has an account) an invitation. */
async function provision(scim: Scim, email = newEmail('member')): Promise<Ref> {
  const answer = await scim.post('/Users', { schemas: [USER_SCHEMA], userName: email, externalId: `ext-${email}`, active: true });
  expect(answer.status).toBe(201);
  const [account] = await (await getDb()).select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email));
  return { scimId: answer.body.id as string, id: account!.id, email };
}

const groupBody = (displayName: string, members: Array<Pick<Ref, 'scimId'>> = [], externalId?: string) => ({
  schemas: [GROUP_SCHEMA],
  displayName,
  ...(externalId ? { externalId } : {}),
  members: members.map((m) => ({ value: m.scimId })),
});

async function createGroup(scim: Scim, displayName: string, members: Ref[] = [], externalId?: string) {
  const answer = await scim.post('/Groups', groupBody(displayName, members, externalId));
  expect(answer.status).toBe(201);
  return { id: answer.body.id as string, teamId: (answer.body[ROSTER_GROUP] as { teamId: string }).teamId };
}

const add = (...users: Ref[]) => ({ op: 'add', path: 'members', value: users.map((u) => ({ value: u.scimId, display: u.email })) });
const remove = (user: Ref) => ({ op: 'remove', path: `members[value eq "${user.scimId}"]` });
const valuesOf = (body: Record<string, unknown>) => ((body.members ?? []) as Array<{ value: string }>).map((m) => m.value).sort();
const ids = (...users: Array<{ id: string }>) => users.map((u) => u.id).sort();
const team = async (orgId: string, teamId: string) => (await teamMemberIds(orgId, teamId)).sort();
const filter = (text: string) => `filter=${encodeURIComponent(text)}`;

/** Everything a group request could write: teams and their members and apps, memberships, invitations, notifications, audit, groups. */
async function state(orgId: string, userIds: string[] = []) {
  const db = await getDb();
  const { scimGroups: g, scimGroupMembers: gm } = schema;
  return {
    ...(await tenantSnapshot([orgId], userIds)),
    invitations: await invitationsFor(orgId),
    groups: await db.select().from(g).where(eq(g.orgId, orgId)).orderBy(asc(g.id)),
    groupMembers: await db
      .select({ groupId: gm.groupId, scimUserId: gm.scimUserId })
      .from(gm)
      .innerJoin(g, eq(g.id, gm.groupId))
      .where(eq(g.orgId, orgId))
      .orderBy(asc(gm.groupId), asc(gm.scimUserId)),
  };
}

describe('SCIM Groups, as Okta tests them', () => {
  it('creates, gets, filters, adds and removes members, renames and deletes a group, and its team follows', async () => {
    const { orgId, scim } = await connectedOrg();
    const [ann, bob, cy] = [await provision(scim), await provision(scim), await provision(scim)];
    const created = await scim.post('/Groups', groupBody('Data Science', [ann, bob], 'okta-g1'));
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toBe('application/scim+json');
    const id = created.body.id as string;
    const teamId = 'data-science';
    expect(created.headers.get('location')).toMatch(new RegExp(`/scim/v2/${orgId}/Groups/${id}$`));
    expect(created.body).toMatchObject({
      schemas: [GROUP_SCHEMA, ROSTER_GROUP],
      displayName: 'Data Science',
      externalId: 'okta-g1',
      [ROSTER_GROUP]: { teamId, role: null },
      meta: { resourceType: 'Group' },
    });
    expect(valuesOf(created.body)).toEqual([ann.scimId, bob.scimId].sort());
    expect(await teamRow(orgId, teamId)).toMatchObject({ name: 'Data Science' });
    expect(await team(orgId, teamId)).toEqual(ids(ann, bob));
    expect(await auditOf(orgId, 'team.created')).toMatchObject([
      { actorKind: 'scim', actorId: null, targetId: teamId, data: { managedByIdp: true } },
    ]);
    const added = await auditOf(orgId, 'team.member_added');
    expect(added.map((e) => [e.actorKind, e.targetId, (e.data as { userId: string }).userId]).sort()).toEqual(
      ids(ann, bob).map((userId) => ['scim', teamId, userId]),
    );
    expect(await notificationsOf(ann.id, 'team_added')).toMatchObject([{ orgId, payload: { teamId, teamName: 'Data Science' } }]);

    const got = await scim.get(`/Groups/${id}`);
    expect(got.body).toMatchObject({ id, displayName: 'Data Science', meta: { location: created.headers.get('location') } });
    expect(valuesOf(got.body)).toEqual([ann.scimId, bob.scimId].sort());

    // eq on displayName ignores case, and matches the whole name only.
    await createGroup(scim, 'Data Science 2');
    const listed = await scim.get(`/Groups?${filter('displayName eq "data SCIENCE"')}&excludedAttributes=members`);
    expect(listed.body).toMatchObject({ totalResults: 1, Resources: [{ id, displayName: 'Data Science' }] });
    expect(listed.body.Resources![0]).not.toHaveProperty('members');
    expect((await scim.get(`/Groups?${filter('displayName eq "Nobody"')}`)).body).toMatchObject({ totalResults: 0, Resources: [] });

    expect((await scim.patch(`/Groups/${id}`, [add(cy)])).status).toBe(204);
    expect(await team(orgId, teamId)).toEqual(ids(ann, bob, cy));
    expect(await notificationsOf(cy.id, 'team_added')).toMatchObject([{ payload: { teamId } }]);

    expect((await scim.patch(`/Groups/${id}`, [remove(ann)])).status).toBe(204);
    expect(await team(orgId, teamId)).toEqual(ids(bob, cy));
    expect(await roleOf(orgId, ann.id)).toBe('org_user');
    expect(await notificationsOf(ann.id, 'team_removed')).toMatchObject([{ payload: { teamId } }]);
    expect(await auditOf(orgId, 'team.member_removed')).toMatchObject([{ actorKind: 'scim', targetId: teamId, data: { userId: ann.id } }]);

    expect((await scim.patch(`/Groups/${id}`, [{ op: 'replace', value: { id, displayName: 'ML Research' } }])).status).toBe(204);
    expect(await teamRow(orgId, teamId)).toMatchObject({ id: teamId, name: 'ML Research' });
    expect(await team(orgId, teamId)).toEqual(ids(bob, cy));
    expect(await auditOf(orgId, 'team.renamed')).toMatchObject([
      { actorKind: 'scim', data: { before: 'Data Science', after: 'ML Research' } },
    ]);
    expect((await scim.get(`/Groups/${id}`)).body).toMatchObject({ displayName: 'ML Research', externalId: 'okta-g1' });

    const before = await state(orgId, ids(ann, bob, cy));
    const duplicate = await scim.post('/Groups', groupBody('Another', [bob], 'okta-g1'));
    expect(duplicate).toMatchObject({
      status: 409,
      body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], scimType: 'uniqueness' },
    });
    const unknown = [
      await scim.get(`/Groups/${UNKNOWN_ID}`),
      await scim.patch(`/Groups/${UNKNOWN_ID}`, [add(bob)]),
      await scim.put(`/Groups/${UNKNOWN_ID}`, groupBody('Ghost', [bob])),
      await scim.delete(`/Groups/${UNKNOWN_ID}`),
      await scim.get('/Groups/not-an-id'),
    ];
    expect(unknown.map((answer) => [answer.status, answer.body.status])).toEqual(Array(unknown.length).fill([404, '404']));
    expect(await state(orgId, ids(ann, bob, cy))).toEqual(before);

    expect((await scim.delete(`/Groups/${id}`)).status).toBe(204);
    expect(await teamRow(orgId, teamId)).toBeNull();
    expect(await team(orgId, teamId)).toEqual([]);
    expect([await roleOf(orgId, bob.id), await roleOf(orgId, cy.id)]).toEqual(['org_user', 'org_user']);
    expect(await auditOf(orgId, 'team.deleted')).toMatchObject([{ actorKind: 'scim', targetId: teamId }]);
    expect(await notificationsOf(bob.id, 'team_removed')).toMatchObject([{ payload: { teamId } }]);
    expect((await scim.get(`/Groups/${id}`)).status).toBe(404);
    expect((await scim.get(`/Users/${bob.scimId}`)).status).toBe(200);
  });

  it('refuses members that are not this organization’s users with 400 invalidValue, writing nothing', async () => {
    const { orgId, scim } = await connectedOrg();
    const other = await connectedOrg();
    const foreign = await provision(other.scim);
    const ann = await provision(scim);
    const { id } = await createGroup(scim, 'Kept', [ann]);
    const random = { scimId: crypto.randomUUID() };
    const before = await state(orgId, ids(ann, foreign));
    const theirs = await state(other.orgId);
    const answers = [
      await scim.post('/Groups', groupBody('Foreign', [ann, foreign])),
      await scim.post('/Groups', groupBody('Random', [random])),
      await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Not an id', members: [{ value: 'bob' }] }),
      await scim.patch(`/Groups/${id}`, [{ op: 'add', path: 'members', value: [{ value: foreign.scimId }] }]),
      await scim.put(`/Groups/${id}`, groupBody('Kept', [ann, random])),
    ];
    expect(answers.map((answer) => [answer.status, answer.body.scimType])).toEqual(Array(answers.length).fill([400, 'invalidValue']));
    expect(await state(orgId, ids(ann, foreign))).toEqual(before);
    expect(await state(other.orgId)).toEqual(theirs);
  });
});

describe('SCIM Groups, as Microsoft Entra ID sends them', () => {
  it('takes capitalised ops, member value lists, Replace displayName and PUT, and filters on externalId', async () => {
    const { orgId, scim } = await connectedOrg();
    const [ann, bob, cy] = [await provision(scim), await provision(scim), await provision(scim)];
    const created = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Entra Team', externalId: 'a1b2-entra' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const { teamId } = created.body[ROSTER_GROUP] as { teamId: string };
    expect(await teamRow(orgId, teamId)).toMatchObject({ name: 'Entra Team' });
    const found = await scim.get(`/Groups?${filter('externalId eq "a1b2-entra"')}&excludedAttributes=members`);
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id, externalId: 'a1b2-entra' }] });
    // externalId is caseExact.
    expect((await scim.get(`/Groups?${filter('externalId eq "A1B2-ENTRA"')}`)).body).toMatchObject({ totalResults: 0 });

    const patch = (operations: unknown[]) => scim.patch(`/Groups/${id}`, operations);
    expect((await patch([{ op: 'Add', path: 'members', value: [{ value: ann.scimId }, { value: bob.scimId }] }])).status).toBe(204);
    expect(await team(orgId, teamId)).toEqual(ids(ann, bob));
    expect((await patch([{ op: 'Remove', path: 'members', value: [{ value: ann.scimId }] }])).status).toBe(204);
    expect(await team(orgId, teamId)).toEqual(ids(bob));
    expect((await patch([{ op: 'Replace', path: 'displayName', value: 'Entra Renamed' }])).status).toBe(204);
    expect(await teamRow(orgId, teamId)).toMatchObject({ name: 'Entra Renamed' });
    expect(await team(orgId, teamId)).toEqual(ids(bob));

    const put = await scim.put(`/Groups/${id}`, groupBody('Entra Put', [ann, cy], 'a1b2-entra'));
    expect(put).toMatchObject({ status: 200, body: { id, displayName: 'Entra Put', externalId: 'a1b2-entra' } });
    expect(valuesOf(put.body)).toEqual([ann.scimId, cy.scimId].sort());
    expect(await teamRow(orgId, teamId)).toMatchObject({ name: 'Entra Put' });
    expect(await team(orgId, teamId)).toEqual(ids(ann, cy));
    expect(await notificationsOf(bob.id, 'team_removed')).toMatchObject([{ payload: { teamId } }]);
    expect(await auditKinds(orgId)).toEqual(['scim']);
  });
});

/** The kinds of actor behind the organization's team events. */
async function auditKinds(orgId: string): Promise<string[]> {
  const events = await Promise.all(
    ['team.created', 'team.renamed', 'team.member_added', 'team.member_removed'].map((a) => auditOf(orgId, a)),
  );
  return [...new Set(events.flat().map((e) => e.actorKind))];
}

describe('SCIM Groups: invited people, deactivation', () => {
  it('an existing account SCIM invited is in the group but joins its team only on accepting', async () => {
    const { orgId, scim } = await connectedOrg();
    const ann = await provision(scim);
    const person = await createUser({ name: 'Pat Pending', email: newEmail('pat') });
    const pat = await provision(scim, person.email);
    expect((await scim.get(`/Users/${pat.scimId}`)).body).toMatchObject({ [ROSTER_USER]: { membership: 'invited' } });
    const { id, teamId } = await createGroup(scim, 'Waiting Room', [ann, pat]);
    // Put in a second group and taken out again before accepting: that team is not joined.
    const left = await createGroup(scim, 'Left Behind', [pat]);
    expect((await scim.patch(`/Groups/${left.id}`, [remove(pat)])).status).toBe(204);
    expect(await team(orgId, teamId)).toEqual(ids(ann));
    expect(valuesOf((await scim.get(`/Groups/${id}`)).body)).toEqual([ann.scimId, pat.scimId].sort());

    await actAs(person);
    expect(await acceptInvitationAction({ invitationId: (await invitationRow(orgId, person.email)).id })).toMatchObject({ ok: true });
    expect(await roleOf(orgId, person.id)).toBe('org_user');
    expect(await team(orgId, teamId)).toEqual(ids(ann, pat));
    expect(await team(orgId, left.teamId)).toEqual([]);
    const joined = (await auditOf(orgId, 'team.member_added')).filter((e) => e.actorId === person.id);
    expect(joined).toMatchObject([{ actorKind: 'user', targetId: teamId, data: { userId: person.id } }]);
  });

  it('a deactivated user leaves their groups’ teams and, reactivated, comes back to them with the mapped role', async () => {
    const { orgId, admin, scim } = await connectedOrg();
    const [ann, bob] = [await provision(scim), await provision(scim)];
    const first = await createGroup(scim, 'First', [ann, bob]);
    const second = await createGroup(scim, 'Second', [ann]);
    await actAs(admin);
    expect(await setScimGroupRoleAction({ orgId, groupId: second.id, role: 'org_contributor' })).toMatchObject({ ok: true });
    expect(await roleOf(orgId, ann.id)).toBe('org_contributor');

    const off = await scim.patch(`/Users/${ann.scimId}`, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(off).toMatchObject({ status: 200, body: { active: false } });
    expect(await roleOf(orgId, ann.id)).toBeNull();
    expect(await team(orgId, first.teamId)).toEqual(ids(bob));
    expect(await team(orgId, second.teamId)).toEqual([]);
    // The identity provider still lists them in its groups.
    expect(valuesOf((await scim.get(`/Groups/${second.id}`)).body)).toEqual([ann.scimId]);

    const on = await scim.patch(`/Users/${ann.scimId}`, [{ op: 'replace', path: 'active', value: true }]);
    expect(on).toMatchObject({ status: 200, body: { active: true } });
    expect(await roleOf(orgId, ann.id)).toBe('org_contributor');
    expect(await team(orgId, first.teamId)).toEqual(ids(ann, bob));
    expect(await team(orgId, second.teamId)).toEqual(ids(ann));
    const back = (await auditOf(orgId, 'team.member_added')).filter((e) => (e.data as { userId: string }).userId === ann.id);
    expect(back.map((e) => `${e.actorKind} ${e.targetId}`).sort()).toEqual(
      [first.teamId, first.teamId, second.teamId, second.teamId].map((t) => `scim ${t}`).sort(),
    );
  });
});

describe('SCIM Groups: roles mapped to groups', () => {
  it('gives members the mapped role (the first in ORG_ROLES order), and the connection’s when they leave every mapped group', async () => {
    const { orgId, admin, scim } = await connectedOrg();
    const [ann, bob] = [await provision(scim), await provision(scim)];
    const person = await createUser({ email: newEmail('pat') });
    const pat = await provision(scim, person.email);
    const a = await createGroup(scim, 'Contributors', [ann, pat]);
    const b = await createGroup(scim, 'Helpers', [bob]);
    await actAs(admin);
    expect(await setScimGroupRoleAction({ orgId, groupId: a.id, role: 'org_contributor' })).toMatchObject({ ok: true });
    expect([await roleOf(orgId, ann.id), await roleOf(orgId, bob.id)]).toEqual(['org_contributor', 'org_user']);
    expect((await invitationRow(orgId, person.email)).role).toBe('org_contributor');
    expect(await auditOf(orgId, 'scim.group_role_changed')).toMatchObject([
      { actorId: admin.id, targetId: a.teamId, data: { role: 'org_contributor' } },
    ]);
    expect(await notificationsOf(ann.id, 'role_changed')).toMatchObject([{ payload: { role: 'org_contributor' } }]);
    expect((await scim.get(`/Groups/${a.id}`)).body).toMatchObject({ [ROSTER_GROUP]: { role: 'org_contributor' } });

    // Joining later, the role comes with the group.
    const cy = await provision(scim);
    expect((await scim.patch(`/Groups/${a.id}`, [add(cy)])).status).toBe(204);
    expect(await roleOf(orgId, cy.id)).toBe('org_contributor');
    expect((await auditOf(orgId, 'member.role_changed')).filter((e) => e.targetId === cy.email)).toMatchObject([
      { actorKind: 'scim', data: { before: 'org_user', after: 'org_contributor' } },
    ]);

    // In two mapped groups: the first role in ORG_ROLES order, whichever group came first.
    expect(await setScimGroupRoleAction({ orgId, groupId: b.id, role: 'team_contributor' })).toMatchObject({ ok: true });
    expect(await roleOf(orgId, bob.id)).toBe('team_contributor');
    expect((await scim.patch(`/Groups/${b.id}`, [add(ann)])).status).toBe(204);
    expect(await roleOf(orgId, ann.id)).toBe('org_contributor');
    expect((await scim.patch(`/Groups/${a.id}`, [remove(ann)])).status).toBe(204);
    expect(await roleOf(orgId, ann.id)).toBe('team_contributor');

    // Out of every mapped group: the connection's role (changed meanwhile), for members and invitations alike.
    expect(await setScimRoleAction({ orgId, role: 'infra_manager' })).toMatchObject({ ok: true });
    expect((await scim.patch(`/Groups/${b.id}`, [remove(ann)])).status).toBe(204);
    expect(await roleOf(orgId, ann.id)).toBe('infra_manager');
    expect((await scim.patch(`/Groups/${a.id}`, [remove(pat)])).status).toBe(204);
    expect((await invitationRow(orgId, person.email)).role).toBe('infra_manager');
    expect((await scim.delete(`/Groups/${a.id}`)).status).toBe(204);
    expect(await roleOf(orgId, cy.id)).toBe('infra_manager');
    expect(await setScimGroupRoleAction({ orgId, groupId: b.id, role: 'none' })).toMatchObject({ ok: true });
    expect(await roleOf(orgId, bob.id)).toBe('infra_manager');
  });

  it('never takes the role away from the last Admin: 409 and nothing changed', async () => {
    const { orgId, admin, scim } = await connectedOrg();
    const me = await provision(scim, admin.email);
    const admins = await createGroup(scim, 'Admins', [me]);
    await actAs(admin);
    expect(await setScimGroupRoleAction({ orgId, groupId: admins.id, role: 'admin' })).toMatchObject({ ok: true });
    const before = await state(orgId, [admin.id]);
    const refused = [
      await scim.patch(`/Groups/${admins.id}`, [remove(me)]),
      await scim.put(`/Groups/${admins.id}`, groupBody('Admins')),
      await scim.delete(`/Groups/${admins.id}`),
    ];
    expect(refused.map((answer) => answer.status)).toEqual([409, 409, 409]);
    for (const answer of refused) expect(String(answer.body.detail)).toMatch(/Admin/);
    expect(await setScimGroupRoleAction({ orgId, groupId: admins.id, role: 'none' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await state(orgId, [admin.id])).toEqual(before);

    // With another Admin (given the role by the group), the first may leave it.
    const bob = await provision(scim);
    expect((await scim.patch(`/Groups/${admins.id}`, [add(bob)])).status).toBe(204);
    expect(await roleOf(orgId, bob.id)).toBe('admin');
    expect((await scim.patch(`/Groups/${admins.id}`, [remove(me)])).status).toBe(204);
    expect(await roleOf(orgId, admin.id)).toBe('org_user');
  });
});

describe('SCIM Groups: a managed team', () => {
  it('is the identity provider’s to fill, rename and delete until provisioning is off; what it grants stays the organization’s', async () => {
    const { orgId, admin, scim } = await connectedOrg();
    const ann = await provision(scim);
    const other = await addMember(orgId, 'org_user');
    const { teamId } = await createGroup(scim, 'Managed', [ann]);
    const app = await createApp({ orgId });
    await actAs(admin);
    const before = await state(orgId, ids(ann, other));
    const changes = {
      add: () => addTeamMembersAction({ orgId, teamId, userIds: [other.id] }),
      remove: () => removeTeamMemberAction({ orgId, teamId, userId: ann.id }),
      rename: () => renameTeamAction({ orgId, teamId, name: 'Renamed here' }),
      delete: () => deleteTeamAction({ orgId, teamId }),
    };
    const refused = [await changes.add(), await changes.remove(), await changes.rename(), await changes.delete()];
    expect(refused.map((r) => (r.ok ? 'ok' : r.code))).toEqual(Array(4).fill('FORBIDDEN'));
    expect(refused[0]).toMatchObject({ message: expect.stringContaining('identity provider') });
    expect(await state(orgId, ids(ann, other))).toEqual(before);
    expect(await addTeamAppsAction({ orgId, teamId, appIds: [app.id], permission: 'labeler_lead' })).toMatchObject({ ok: true });
    expect(await teamAppGrants(orgId, teamId)).toEqual([{ appId: app.id, permission: 'labeler_lead' }]);

    expect(await disableScimAction({ orgId })).toMatchObject({ ok: true });
    expect((await state(orgId)).groups).toEqual([]);
    expect(await team(orgId, teamId)).toEqual(ids(ann));
    expect(await changes.add()).toMatchObject({ ok: true });
    expect(await changes.remove()).toMatchObject({ ok: true });
    expect(await team(orgId, teamId)).toEqual(ids(other));
    expect(await changes.rename()).toMatchObject({ ok: true });
    expect(await teamRow(orgId, teamId)).toMatchObject({ name: 'Renamed here' });
    expect(await changes.delete()).toMatchObject({ ok: true });
    expect(await teamRow(orgId, teamId)).toBeNull();
  });
});

describe('SCIM Groups: tenants', () => {
  it('answers another organization’s token with 401 on every group route, and its own door does not find our groups', async () => {
    const { orgId, scim } = await connectedOrg();
    const other = await connectedOrg();
    const ann = await provision(scim);
    const theirs = await provision(other.scim);
    const ours = await createGroup(scim, 'Ours', [ann], 'ours-1');
    const before = await state(orgId, ids(ann, theirs));
    const theirsBefore = await state(other.orgId);
    const intruder = scimClient(orgId, other.secret);
    const answers = [
      await intruder.get('/Groups'),
      await intruder.post('/Groups', groupBody('Intruders', [ann])),
      await intruder.get(`/Groups/${ours.id}`),
      await intruder.put(`/Groups/${ours.id}`, groupBody('Taken', [])),
      await intruder.patch(`/Groups/${ours.id}`, [remove(ann)]),
      await intruder.delete(`/Groups/${ours.id}`),
    ];
    expect(answers.map((answer) => answer.status)).toEqual(Array(answers.length).fill(401));
    const elsewhere = [
      await other.scim.get(`/Groups/${ours.id}`),
      await other.scim.patch(`/Groups/${ours.id}`, [add(theirs)]),
      await other.scim.put(`/Groups/${ours.id}`, groupBody('Taken', [theirs])),
      await other.scim.delete(`/Groups/${ours.id}`),
    ];
    expect(elsewhere.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
    expect((await other.scim.get(`/Groups?${filter('externalId eq "ours-1"')}`)).body).toMatchObject({ totalResults: 0 });
    expect(await state(orgId, ids(ann, theirs))).toEqual(before);
    expect(await state(other.orgId)).toEqual(theirsBefore);
  });
});

// PGlite runs one statement at a time, so only PostgreSQL can show a race; CI runs this there.
describe.runIf(Boolean(process.env.DATABASE_URL))('SCIM Groups under concurrency (PostgreSQL)', () => {
  it('20 concurrent PATCHes, each adding another member to one group, all land', async () => {
    const { orgId, scim } = await connectedOrg();
    const people: Ref[] = [];
    for (let i = 0; i < 20; i++) people.push(await provision(scim));
    const crowd = await createGroup(scim, 'Crowd');
    const answers = await Promise.all(people.map((person) => scim.patch(`/Groups/${crowd.id}`, [add(person)])));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(204));
    expect(await team(orgId, crowd.teamId)).toEqual(ids(...people));
    expect(valuesOf((await scim.get(`/Groups/${crowd.id}`)).body)).toEqual(people.map((p) => p.scimId).sort());
  });

  it('concurrent creates of one externalId: one 201, the others 409 uniqueness, and one team', async () => {
    const { orgId, scim } = await connectedOrg();
    const ann = await provision(scim);
    const answers = await Promise.all(Array.from({ length: 10 }, () => scim.post('/Groups', groupBody('Same Group', [ann], 'same-ext'))));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status !== 201).map((answer) => [answer.status, answer.body.scimType])).toEqual(
      Array(9).fill([409, 'uniqueness']),
    );
    const after = await state(orgId);
    expect([after.groups.length, after.teams.length]).toEqual([1, 1]);
    expect(await team(orgId, after.teams[0]!.id)).toEqual(ids(ann));
  });
});
