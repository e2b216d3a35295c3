/**
 * SCIM 2.0 Users, driven as Okta's SCIM 2.0 integration test drives a server (RFC 7644): list with
 * count=1, filter a random userName (none), create (201, id, active), get, filter the created userName
 * (one), a duplicate (409 uniqueness), deactivate by PATCH, an unknown id (404); then Microsoft Entra
 * ID's PATCH shapes, an existing account (invited, pending until it accepts), the last Admin, and
 * deprovisioning that stops the member's API token on its next request.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { issueScimTokenAction, disableScimAction } from '@/app/(app)/orgs/[orgId]/settings/provisioning/actions';
import { acceptInvitationAction } from '@/app/(app)/notifications/actions';
import { apiClient } from '../support/api-client';
import { scimClient } from '../support/scim-client';
import { actAs } from '../support/session';
import { createApiToken } from '../factories/api-tokens';
import { addMember, createOrg, createUser, roleOf } from '../factories';
import { auditOf, newEmail, outboxFor } from '../factories/invitations';

const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ROSTER = 'urn:ietf:params:scim:schemas:extension:roster:2.0:User';

async function connectedOrg() {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  await actAs(admin);
  const issued = await issueScimTokenAction({ orgId });
  if (!issued.ok) throw new Error(issued.message);
  return { admin, orgId, secret: issued.data.secret, scim: scimClient(orgId, issued.data.secret) };
}

/** What SCIM may change in the organization: its SCIM users, memberships and invitations. */
async function scimRows(orgId: string) {
  const db = await getDb();
  return {
    users: await db.select().from(schema.scimUsers).where(eq(schema.scimUsers.orgId, orgId)),
    members: await db.select().from(schema.memberships).where(eq(schema.memberships.orgId, orgId)),
    invitations: await db.select().from(schema.invitations).where(eq(schema.invitations.orgId, orgId)),
  };
}

const oktaUser = (email: string, externalId = `okta-${email}`) => ({
  schemas: [USER_SCHEMA],
  userName: email,
  name: { givenName: 'Grace', familyName: 'Hopper' },
  emails: [{ primary: true, value: email, type: 'work' }],
  displayName: 'Grace Hopper',
  externalId,
  active: true,
});

describe('SCIM Users, as Okta tests them', () => {
  it('lists, filters, creates, gets, refuses a duplicate, deactivates and answers 404 for unknown ids', async () => {
    const { orgId, scim } = await connectedOrg();
    const listed = await scim.get('/Users?startIndex=1&count=1');
    expect(listed.status).toBe(200);
    expect(listed.headers.get('content-type')).toBe('application/scim+json');
    expect(listed.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, startIndex: 1 });

    const random = await scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${newEmail('random')}"`)}`);
    expect(random.body).toMatchObject({ totalResults: 0, Resources: [] });

    const email = newEmail('grace');
    const created = await scim.post('/Users', oktaUser(email));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      userName: email,
      active: true,
      externalId: `okta-${email}`,
      [ROSTER]: { membership: 'member', role: 'org_user' },
    });
    expect(created.headers.get('location')).toMatch(new RegExp(`/scim/v2/${orgId}/Users/${id}$`));
    const account = (await (await getDb()).select().from(schema.users).where(eq(schema.users.email, email)))[0]!;
    expect(account).toMatchObject({ name: 'Grace Hopper', passwordHash: null, emailVerified: null });
    expect(await roleOf(orgId, account.id)).toBe('org_user');
    expect((await outboxFor(email)).map((mail) => mail.template)).toEqual(['scim-welcome']);
    expect(await auditOf(orgId, 'member.provisioned')).toMatchObject([{ actorId: null, actorKind: 'scim', targetId: email }]);

    expect((await scim.get(`/Users/${id}`)).body).toMatchObject({
      id,
      userName: email,
      name: { givenName: 'Grace', familyName: 'Hopper' },
    });
    const found = await scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${email.toUpperCase()}"`)}`);
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id }] });
    const byExternalId = await scim.get(`/Users?filter=${encodeURIComponent(`externalId eq "okta-${email}"`)}&attributes=userName`);
    expect(byExternalId.body.Resources).toEqual([{ id, schemas: [USER_SCHEMA, ROSTER], userName: email }]);

    const duplicate = await scim.post('/Users', oktaUser(email, 'another-id'));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '409',
      scimType: 'uniqueness',
    });

    const deactivated = await scim.patch(`/Users/${id}`, [{ op: 'replace', value: { active: false } }]);
    expect(deactivated.status).toBe(200);
    expect(deactivated.body).toMatchObject({ active: false, [ROSTER]: { membership: 'none', role: null } });
    expect(await roleOf(orgId, account.id)).toBeNull();

    expect((await scim.get('/Users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(await scim.get('/Bulk')).toMatchObject({
      status: 404,
      body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404' },
    });
    expect((await scim.get('/Users/not-an-id')).status).toBe(404);
    const bad = await scim.get(`/Users?filter=${encodeURIComponent('userName eq')}`);
    expect(bad).toMatchObject({ status: 400, body: { scimType: 'invalidFilter' } });
  });

  it('refuses a missing or wrong token, another organization’s, an API token, and a turned-off connection', async () => {
    const { orgId, admin, secret } = await connectedOrg();
    const other = await connectedOrg();
    expect((await scimClient(orgId, null).get('/Users')).status).toBe(401);
    expect((await scimClient(orgId, other.secret).get('/Users')).status).toBe(401);
    expect((await scimClient(orgId, (await createApiToken(orgId, admin)).secret).get('/Users')).status).toBe(401);
    // The SCIM token opens SCIM only.
    expect((await apiClient(secret).GET('/api/v1/me')).response.status).toBe(401);
    // Every route and method, with another organization's token: 401 and nothing written.
    const id = (await scimClient(orgId, secret).post('/Users', oktaUser(newEmail('kept')))).body.id as string;
    const before = await scimRows(orgId);
    const intruder = scimClient(orgId, other.secret);
    const answers = [
      await intruder.get('/ServiceProviderConfig'),
      await intruder.get('/ResourceTypes'),
      await intruder.get('/Schemas'),
      await intruder.get('/Users'),
      await intruder.post('/Users', oktaUser(newEmail('intruder'))),
      await intruder.get(`/Users/${id}`),
      await intruder.put(`/Users/${id}`, { ...oktaUser(newEmail('x')), active: false }),
      await intruder.patch(`/Users/${id}`, [{ op: 'replace', path: 'active', value: false }]),
      await intruder.delete(`/Users/${id}`),
    ];
    expect(answers.map((answer) => answer.status)).toEqual(Array(answers.length).fill(401));
    expect(await scimRows(orgId)).toEqual(before);

    await actAs(admin);
    expect(await disableScimAction({ orgId })).toMatchObject({ ok: true });
    expect((await scimClient(orgId, secret).get('/ServiceProviderConfig')).status).toBe(401);
  });
});

describe('SCIM Users: filters and paging', () => {
  it('answers the filters identity providers send, pages with startIndex and count, and refuses the unsupported', async () => {
    const { scim } = await connectedOrg();
    const emails = [newEmail('ann'), newEmail('bob'), newEmail('cy')];
    const ids: string[] = [];
    for (const email of emails) ids.push((await scim.post('/Users', oktaUser(email))).body.id as string);
    const query = async (filter: string) => {
      const answer = await scim.get(`/Users?filter=${encodeURIComponent(filter)}`);
      return (answer.body.Resources ?? []).map((user) => user.id);
    };
    expect(await query(`emails[type eq "work" and value eq "${emails[1]}"]`)).toEqual([ids[1]]);
    expect(await query(`emails.value eq "${emails[2]!.toUpperCase()}"`)).toEqual([ids[2]]);
    expect(await query(`userName eq "${emails[0]}" or externalId eq "okta-${emails[2]}"`)).toEqual([ids[0], ids[2]]);
    expect(await query(`userName sw "${emails[1]!.slice(0, 5)}" and active eq true`)).toEqual([ids[1]]);
    expect(await query(`externalId eq "OKTA-${emails[0]}"`)).toEqual([]);

    const page = await scim.get('/Users?startIndex=2&count=1');
    expect(page.body).toMatchObject({ totalResults: 3, startIndex: 2, itemsPerPage: 1, Resources: [{ id: ids[1] }] });
    const past = await scim.get('/Users?startIndex=10&count=5');
    expect(past.body).toMatchObject({ totalResults: 3, itemsPerPage: 0, Resources: [] });
    for (const filter of ['title eq "x"', 'userName gt "a"', 'userName eq 5'])
      expect((await scim.get(`/Users?filter=${encodeURIComponent(filter)}`)).body, filter).toMatchObject({
        status: '400',
        scimType: 'invalidFilter',
      });
  });
});

describe('SCIM Users: what provisioning means here', () => {
  it('invites an address that already has an account, pending until its owner accepts', async () => {
    const { orgId, scim } = await connectedOrg();
    const person = await createUser({ name: 'Linus', email: newEmail('linus') });
    const created = await scim.post('/Users', oktaUser(person.email));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ active: true, [ROSTER]: { membership: 'invited', role: null } });
    expect(await roleOf(orgId, person.id)).toBeNull();
    expect((await outboxFor(person.email)).map((mail) => mail.template)).toEqual(['invitation']);

    await actAs(person);
    const [invitation] = await (
      await getDb()
    )
      .select()
      .from(schema.invitations)
      .where(and(eq(schema.invitations.orgId, orgId), eq(schema.invitations.email, person.email)));
    expect(invitation).toMatchObject({ invitedByScim: true, invitedBy: null, role: 'org_user' });
    expect(await acceptInvitationAction({ invitationId: invitation!.id })).toMatchObject({ ok: true });
    expect((await scim.get(`/Users/${created.body.id}`)).body).toMatchObject({ [ROSTER]: { membership: 'member', role: 'org_user' } });
  });

  it('takes Microsoft Entra ID’s PATCH shapes and PUT, and keeps userName fixed', async () => {
    const { orgId, scim } = await connectedOrg();
    const email = newEmail('entra');
    const id = (await scim.post('/Users', { ...oktaUser(email), externalId: 'entra-1' })).body.id as string;
    const renamed = await scim.patch(`/Users/${id}`, [
      { op: 'Replace', path: 'name.givenName', value: 'Ada' },
      { op: 'Add', path: 'displayName', value: 'Ada Hopper' },
    ]);
    expect(renamed.body).toMatchObject({ name: { givenName: 'Ada' }, displayName: 'Ada Hopper', active: true });
    const off = await scim.patch(`/Users/${id}`, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(off.body).toMatchObject({ active: false });
    const on = await scim.put(`/Users/${id}`, { ...oktaUser(email), externalId: 'entra-1', active: true });
    expect(on.body).toMatchObject({ active: true, [ROSTER]: { membership: 'member' } });
    const account = (await (await getDb()).select().from(schema.users).where(eq(schema.users.email, email)))[0]!;
    expect(await roleOf(orgId, account.id)).toBe('org_user');

    const moved = await scim.put(`/Users/${id}`, { ...oktaUser(newEmail('other')), externalId: 'entra-1' });
    expect(moved).toMatchObject({ status: 400, body: { scimType: 'mutability' } });
    const badPath = await scim.patch(`/Users/${id}`, [{ op: 'replace', path: 'name[', value: 'x' }]);
    expect(badPath).toMatchObject({ status: 400, body: { scimType: 'invalidPath' } });
    expect((await scim.delete(`/Users/${id}`)).status).toBe(204);
    expect(await roleOf(orgId, account.id)).toBeNull();
    expect((await scim.get(`/Users/${id}`)).status).toBe(404);
  });

  it('never removes the last Admin, and a deactivated member’s API token stops at once', async () => {
    const { orgId, admin, scim } = await connectedOrg();
    const adminUser = (await scim.post('/Users', oktaUser(admin.email))).body;
    expect(adminUser).toMatchObject({ [ROSTER]: { membership: 'member', role: 'admin' } });
    const refused = await scim.patch(`/Users/${adminUser.id}`, [{ op: 'replace', path: 'active', value: false }]);
    expect(refused.status).toBe(409);
    expect(String(refused.body.detail)).toContain('last Admin');
    expect(await roleOf(orgId, admin.id)).toBe('admin');

    const member = await addMember(orgId, 'org_contributor', await createUser({ email: newEmail('member') }));
    const token = apiClient((await createApiToken(orgId, member)).secret);
    expect((await token.GET('/api/v1/me')).response.status).toBe(200);
    const user = (await scim.post('/Users', oktaUser(member.email))).body;
    expect((await scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: 'active', value: false }])).status).toBe(200);
    expect((await token.GET('/api/v1/me')).response.status).toBe(401);
  });

  it('settles 200 concurrent creates, 50 of them duplicates: 150 members, 50 clean 409s', async () => {
    const { orgId, scim } = await connectedOrg();
    const emails = Array.from({ length: 150 }, (_, i) => newEmail(`sync${i}`));
    const bodies = [...emails.map((email) => oktaUser(email)), ...emails.slice(0, 50).map((email) => oktaUser(email))];
    const answers = await Promise.all(bodies.map((body) => scim.post('/Users', body)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(150);
    expect(answers.filter((answer) => answer.status === 409).map((answer) => answer.body.scimType)).toEqual(Array(50).fill('uniqueness'));
    const members = await (await getDb()).select().from(schema.memberships).where(eq(schema.memberships.orgId, orgId));
    expect(members).toHaveLength(151);
  });
});
