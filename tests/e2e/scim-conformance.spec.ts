import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createOrganization, mailboxMessage, signedIn, signUpVerified, uniqueSuffix } from './helpers';

/**
 * Okta's SCIM 2.0 integration test (Users, then Groups) and Microsoft Entra ID's provisioning, against the
 * production server over HTTP: the token comes from the provisioning page, and every answer must be
 * application/scim+json. A fresh organization keeps the demo's untouched.
 */
const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ROSTER_GROUP = 'urn:ietf:params:scim:schemas:extension:roster:2.0:Group';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

function scim(request: APIRequestContext, base: string, token: string) {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' };
  const answer = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(response.headers()['content-type']).toBe('application/scim+json');
    const text = await response.text();
    return { status: response.status(), body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  };
  return {
    get: async (path: string) => answer(await request.get(`${base}${path}`, { headers })),
    post: async (path: string, data: unknown) => answer(await request.post(`${base}${path}`, { headers, data })),
    put: async (path: string, data: unknown) => answer(await request.put(`${base}${path}`, { headers, data })),
    delete: async (path: string) => answer(await request.delete(`${base}${path}`, { headers })),
    patch: async (path: string, operations: unknown[]) =>
      answer(
        await request.patch(`${base}${path}`, {
          headers,
          data: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: operations },
        }),
      ),
  };
}

/** A new organization of the demo Admin with SCIM enabled: its id and a SCIM client with its token. */
async function organizationWithScim(admin: Page, name: string) {
  const orgId = `scim-${uniqueSuffix()}`.toLowerCase();
  await createOrganization(admin, { name, id: orgId, billingEmail: 'billing@acme.test' });
  await admin.goto(`/orgs/${orgId}/settings/provisioning`);
  await admin.getByRole('button', { name: 'Enable SCIM' }).click();
  const token = await admin.getByRole('textbox', { name: 'SCIM token' }).inputValue();
  await admin.getByRole('button', { name: 'Done' }).click();
  const base = await admin.getByRole('textbox', { name: 'SCIM base URL' }).inputValue();
  expect(base).toMatch(new RegExp(`/scim/v2/${orgId}$`));
  return { orgId, client: scim(admin.request, new URL(base).pathname, token) };
}

test('Okta’s SCIM 2.0 Users test passes against the production server', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin@acme.test');
  const { client } = await organizationWithScim(admin, 'SCIM conformance');

  const config = await client.get('/ServiceProviderConfig');
  expect(config.body).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
  expect((await client.get('/Users?startIndex=1&count=1')).body).toMatchObject({ totalResults: 0, startIndex: 1 });
  const random = await client.get(`/Users?filter=${encodeURIComponent(`userName eq "random-${uniqueSuffix()}@example.test"`)}`);
  expect(random.body).toMatchObject({ totalResults: 0 });

  const email = `okta-${uniqueSuffix()}@example.test`.toLowerCase();
  const user = {
    schemas: [USER_SCHEMA],
    userName: email,
    name: { givenName: 'Okta', familyName: 'Tester' },
    emails: [{ primary: true, value: email, type: 'work' }],
    displayName: 'Okta Tester',
    externalId: `ext-${email}`,
    active: true,
  };
  const created = await client.post('/Users', user);
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ userName: email, active: true });
  const id = created.body.id as string;
  expect((await client.get(`/Users/${id}`)).body).toMatchObject({ id, userName: email });
  expect((await client.get(`/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`)).body).toMatchObject({ totalResults: 1 });
  const duplicate = await client.post('/Users', user);
  expect(duplicate).toMatchObject({ status: 409, body: { scimType: 'uniqueness' } });
  const deactivated = await client.patch(`/Users/${id}`, [{ op: 'replace', value: { active: false } }]);
  expect(deactivated).toMatchObject({ status: 200, body: { active: false } });
  expect((await client.get('/Users/00000000-0000-4000-8000-000000000000')).status).toBe(404);

  // The provisioning page's log shows what the identity provider did.
  await admin.reload();
  await expect(admin.getByRole('table').getByText('/Users').first()).toBeVisible();
});

test('deactivated by SCIM, a member’s open session and personal token are refused on their next use', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin@acme.test');
  const orgName = `SCIM leavers ${uniqueSuffix()}`;
  const { orgId, client } = await organizationWithScim(admin, orgName);

  // Someone with an account of their own: SCIM invites them, and they accept from the email.
  const member = await (await browser.newContext()).newPage();
  const email = `leaver-${uniqueSuffix()}@example.test`.toLowerCase();
  await signUpVerified(member, { name: 'Lee Leaver', email, password: 'correct-horse-battery' });
  const created = await client.post('/Users', { schemas: [USER_SCHEMA], userName: email, active: true });
  expect(created.body).toMatchObject({ 'urn:ietf:params:scim:schemas:extension:roster:2.0:User': { membership: 'invited' } });
  await member.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await mailboxMessage(member, new RegExp(orgName)).getByRole('link', { name: 'View invitation' }).click();
  await member.getByRole('button', { name: 'Accept' }).click();
  await expect(member).toHaveURL(new RegExp(`/orgs/${orgId}$`));

  await member.goto('/account/tokens');
  await member.getByRole('button', { name: 'New token' }).click();
  const dialog = member.getByRole('dialog', { name: 'New token' });
  await dialog.getByRole('textbox', { name: 'Token name' }).fill('Leaver script');
  await dialog.getByRole('combobox', { name: 'Organization' }).selectOption({ label: orgName });
  await dialog.getByRole('checkbox', { name: /View the members list/ }).check();
  await dialog.getByRole('button', { name: 'Generate token' }).click();
  const secret = await member.getByRole('dialog', { name: 'Copy the token “Leaver script”' }).getByLabel('Token').inputValue();
  const me = () => member.request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect((await me()).status()).toBe(200);
  await member.goto(`/orgs/${orgId}`);
  await expect(member.getByRole('heading', { name: orgName, level: 1 })).toBeVisible();

  const deactivated = await client.patch(`/Users/${created.body.id}`, [{ op: 'replace', path: 'active', value: false }]);
  expect(deactivated.status).toBe(200);
  await member.reload();
  await expect(member.getByRole('heading', { name: 'Not found or no access' })).toBeVisible();
  expect((await me()).status()).toBe(401);
});

type Client = ReturnType<typeof scim>;
const filter = (text: string) => `filter=${encodeURIComponent(text)}`;
const valuesOf = (body: Record<string, unknown>) => ((body.members ?? []) as Array<{ value: string }>).map((m) => m.value).sort();

/** A SCIM User for a new address (a new account, a member at once): its SCIM id. */
async function provision(client: Client, prefix: string, externalId?: string): Promise<string> {
  const email = `${prefix}-${uniqueSuffix()}@example.test`.toLowerCase();
  const created = await client.post('/Users', {
    schemas: [USER_SCHEMA],
    userName: email,
    name: { givenName: prefix, familyName: 'Tester' },
    emails: [{ primary: true, value: email, type: 'work' }],
    externalId: externalId ?? `ext-${email}`,
    active: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

test('Okta’s SCIM 2.0 Groups test passes against the production server', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin@acme.test');
  const { orgId, client } = await organizationWithScim(admin, 'SCIM groups conformance');
  const [ann, bob] = [await provision(client, 'ann'), await provision(client, 'bob')];

  const displayName = `Okta Group ${uniqueSuffix()}`;
  const created = await client.post('/Groups', {
    schemas: [GROUP_SCHEMA],
    displayName,
    externalId: `okta-${displayName}`,
    members: [{ value: ann, display: 'ann' }],
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ displayName, members: [{ value: ann }] });
  const id = created.body.id as string;
  const { teamId } = created.body[ROSTER_GROUP] as { teamId: string };
  expect((await client.get(`/Groups/${id}`)).body).toMatchObject({ id, displayName });
  const found = await client.get(`/Groups?${filter(`displayName eq "${displayName.toLowerCase()}"`)}&excludedAttributes=members`);
  expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id, displayName }] });
  expect((await client.get(`/Groups?${filter(`displayName eq "random-${uniqueSuffix()}"`)}`)).body).toMatchObject({ totalResults: 0 });

  expect((await client.patch(`/Groups/${id}`, [{ op: 'add', path: 'members', value: [{ value: bob, display: 'bob' }] }])).status).toBe(204);
  expect(valuesOf((await client.get(`/Groups/${id}`)).body)).toEqual([ann, bob].sort());
  expect((await client.patch(`/Groups/${id}`, [{ op: 'remove', path: `members[value eq "${ann}"]` }])).status).toBe(204);
  expect(valuesOf((await client.get(`/Groups/${id}`)).body)).toEqual([bob]);
  const renamed = `${displayName} renamed`;
  expect((await client.patch(`/Groups/${id}`, [{ op: 'replace', value: { id, displayName: renamed } }])).status).toBe(204);
  expect((await client.get(`/Groups/${id}`)).body).toMatchObject({ displayName: renamed });

  // The group is a team of the organization, named as the identity provider names it.
  await admin.goto(`/orgs/${orgId}/teams/${teamId}`);
  await expect(admin.getByRole('heading', { name: renamed, level: 1 })).toBeVisible();

  expect((await client.delete(`/Groups/${id}`)).status).toBe(204);
  expect((await client.get(`/Groups/${id}`)).status).toBe(404);
  expect((await client.get(`/Groups/${UNKNOWN_ID}`)).body).toMatchObject({ status: '404' });
});

test('Microsoft Entra ID’s provisioning of users and groups passes against the production server', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin@acme.test');
  const { client } = await organizationWithScim(admin, 'SCIM Entra');
  // Entra looks a user up by userName, then creates it; its externalId is the object id, a GUID.
  const email = `entra-${uniqueSuffix()}@example.test`.toLowerCase();
  expect((await client.get(`/Users?${filter(`userName eq "${email}"`)}`)).body).toMatchObject({ totalResults: 0 });
  const ann = await provision(client, 'entra-ann', crypto.randomUUID());
  const bob = await provision(client, 'entra-bob', crypto.randomUUID());
  const renamedUser = await client.patch(`/Users/${ann}`, [
    { op: 'Replace', path: 'name.givenName', value: 'Annie' },
    { op: 'Add', path: 'displayName', value: 'Annie Tester' },
  ]);
  expect(renamedUser).toMatchObject({ status: 200, body: { name: { givenName: 'Annie' }, displayName: 'Annie Tester' } });

  const displayName = `Entra Group ${uniqueSuffix()}`;
  const externalId = crypto.randomUUID();
  expect((await client.get(`/Groups?${filter(`displayName eq "${displayName}"`)}&excludedAttributes=members`)).body).toMatchObject({
    totalResults: 0,
  });
  const created = await client.post('/Groups', { schemas: [GROUP_SCHEMA], displayName, externalId, members: [] });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const byExternalId = await client.get(`/Groups?${filter(`externalId eq "${externalId}"`)}&excludedAttributes=members`);
  expect(byExternalId.body).toMatchObject({ totalResults: 1, Resources: [{ id }] });
  expect(byExternalId.body.Resources).toEqual([expect.not.objectContaining({ members: expect.anything() })]);

  const patch = (operations: unknown[]) => client.patch(`/Groups/${id}`, operations);
  expect((await patch([{ op: 'Add', path: 'members', value: [{ value: ann }, { value: bob }] }])).status).toBe(204);
  expect(valuesOf((await client.get(`/Groups/${id}`)).body)).toEqual([ann, bob].sort());
  expect((await patch([{ op: 'Replace', path: 'displayName', value: `${displayName} renamed` }])).status).toBe(204);
  expect((await client.get(`/Groups/${id}?excludedAttributes=members`)).body).toMatchObject({ displayName: `${displayName} renamed` });

  // Entra deactivates with a string boolean; the user stays in the group, as the identity provider lists it.
  const off = await client.patch(`/Users/${bob}`, [{ op: 'Replace', path: 'active', value: 'False' }]);
  expect(off).toMatchObject({ status: 200, body: { active: false } });
  expect(valuesOf((await client.get(`/Groups/${id}`)).body)).toEqual([ann, bob].sort());

  expect((await patch([{ op: 'Remove', path: 'members', value: [{ value: ann }] }])).status).toBe(204);
  expect(valuesOf((await client.get(`/Groups/${id}`)).body)).toEqual([bob]);
  const put = await client.put(`/Groups/${id}`, { schemas: [GROUP_SCHEMA], displayName, externalId, members: [{ value: ann }] });
  expect(put).toMatchObject({ status: 200, body: { id, displayName, members: [{ value: ann }] } });
  expect((await client.delete(`/Groups/${id}`)).status).toBe(204);
  expect((await client.get(`/Groups?${filter(`externalId eq "${externalId}"`)}`)).body).toMatchObject({ totalResults: 0 });
});
