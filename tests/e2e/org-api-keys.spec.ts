import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn, uniqueSuffix, ROLE_LABELS } from './helpers';

const ORG = 'acme-ml';

test('an Admin makes an organization API key, sees its secret once, uses it as the organization and revokes it', async ({ browser }) => {
  const name = `Billing export ${uniqueSuffix()}`;
  const admin = await signedIn(browser, 'admin@acme.test');
  await admin.goto(`/orgs/${ORG}`);
  const sidebar = admin.getByRole('navigation', { name: 'Organization' });
  await sidebar.getByRole('link', { name: 'API keys' }).click();
  await expect(admin).toHaveURL(new RegExp(`/orgs/${ORG}/api-keys$`));
  await expect(admin.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'API keys' })).toHaveAttribute('aria-current', 'page');
  await expect(admin.getByRole('main')).toContainText('keeps working when its creator leaves');
  await expectAccessible(admin, 'API keys');

  await admin.getByRole('button', { name: 'New API key' }).click();
  const dialog = admin.getByRole('dialog', { name: 'New API key' });
  await expect(dialog.getByRole('textbox', { name: 'Key name' })).toBeFocused();
  // An Admin may give any role; the dialog offers exactly the six.
  await expect(dialog.getByRole('combobox', { name: 'Role' }).getByRole('option')).toHaveText(ROLE_LABELS);
  await dialog.getByRole('button', { name: 'Generate key' }).click();
  await expect(dialog.getByText('Choose at least one scope.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Key name' })).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByRole('textbox', { name: 'Key name' }).fill(name);
  await dialog.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Organization Contributor (all apps)' });
  await dialog.getByRole('combobox', { name: 'Expiration' }).selectOption({ label: '30 days' });
  await expect(dialog.getByRole('combobox', { name: 'Expiration' }).getByRole('option', { name: 'No expiration' })).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: /View the members list/ }).check();
  await dialog.getByRole('checkbox', { name: /Invite members, change their role/ }).check();
  await expectAccessible(admin, 'new API key dialog');
  await dialog.getByRole('button', { name: 'Generate key' }).click();

  const shown = admin.getByRole('dialog', { name: `Copy the API key “${name}”` });
  const secret = await shown.getByRole('textbox', { name: 'API key' }).inputValue();
  expect(secret).toMatch(/^roster_oak_[0-9A-Za-z]{38}$/);
  await expect(shown).toContainText('You will not see it again');
  await expect(shown).toContainText('as Organization Contributor (all apps)');
  await expect(shown.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expectAccessible(admin, 'API key shown once');
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();
  await expect(admin.getByText(secret)).toHaveCount(0);

  const row = admin.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(`roster_oak_…${secret.slice(-4)}`);
  await expect(row).toContainText('Organization Contributor (all apps)');
  await expect(row).toContainText('2 scopes');
  await expect(row).toContainText('Ada Admin');
  await expect(row).toContainText('Never used');
  await expect(row).toContainText('Active');

  // The key acts for the organization, as no one, with its role; its scopes ∩ that role are what it may do.
  const me = await admin.request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  const body = await me.json();
  expect(body.user).toBeNull();
  expect(body.organization).toEqual({ id: ORG, role: 'org_contributor' });
  expect(body.token).toMatchObject({ name, kind: 'organization', scopes: ['members.manage', 'members.view'] });
  expect(body.organization_permissions).toEqual(['members.view']);

  await admin.reload();
  await expect(row).not.toContainText('Never used');
  await expectAccessible(admin, 'API keys, one used');

  await admin.getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = admin.getByRole('dialog', { name: `Revoke “${name}”?` });
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(admin.getByText(`API key “${name}” revoked.`)).toBeVisible();
  await expect(row).toContainText('Revoked');
  await expect(admin.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);

  const refused = await admin.request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()['content-type']).toBe('application/problem+json');
});

test('a member who is not an Admin has no API keys link and gets the not-found page, as for API tokens', async ({ browser }) => {
  const contributor = await signedIn(browser, 'contributor@acme.test');
  await contributor.goto(`/orgs/${ORG}`);
  const sidebar = contributor.getByRole('navigation', { name: 'Organization' });
  await expect(sidebar.getByRole('link', { name: 'Members' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'API keys' })).toHaveCount(0);
  for (const area of ['api-keys', 'api-tokens']) {
    expect((await contributor.goto(`/orgs/${ORG}/${area}`))?.status(), area).toBe(404);
    await expect(contributor.getByRole('heading', { name: 'Not found or no access', level: 1 })).toBeVisible();
    await expect(contributor.getByRole('button', { name: 'New API key' })).toHaveCount(0);
  }
  await expectAccessible(contributor, 'API keys refused');
});
