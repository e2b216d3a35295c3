import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createOrganization, mailboxMessage, signedIn, signUpVerified, uniqueSuffix } from './helpers';

/**
 * The Users part of Okta's SCIM 2.0 integration test, against the production server over HTTP: the
 * token comes from the provisioning page, and every answer must be application/scim+json. A fresh
 * organization keeps the demo's untouched.
 */
const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

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
