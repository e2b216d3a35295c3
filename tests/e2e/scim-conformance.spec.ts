import { expect, test, type APIRequestContext } from '@playwright/test';
import { createOrganization, signedIn, uniqueSuffix } from './helpers';

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

test('Okta’s SCIM 2.0 Users test passes against the production server', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin@acme.test');
  const orgId = `scim-${uniqueSuffix()}`.toLowerCase();
  await createOrganization(admin, { name: 'SCIM conformance', id: orgId, billingEmail: 'billing@acme.test' });

  await admin.goto(`/orgs/${orgId}/settings/provisioning`);
  await admin.getByRole('button', { name: 'Enable SCIM' }).click();
  const token = await admin.getByRole('textbox', { name: 'SCIM token' }).inputValue();
  await admin.getByRole('button', { name: 'Done' }).click();
  const base = await admin.getByRole('textbox', { name: 'SCIM base URL' }).inputValue();
  expect(base).toMatch(new RegExp(`/scim/v2/${orgId}$`));
  const client = scim(admin.request, new URL(base).pathname, token);

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
