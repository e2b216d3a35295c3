import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signedIn, uniqueSuffix } from './helpers';

const ORG = 'acme-ml';

/** Makes a token on /account/tokens as the signed-in member; returns its secret. */
async function makeToken(page: Page, name: string, expiration: string): Promise<string> {
  await page.goto('/account/tokens');
  await page.getByRole('button', { name: 'New token' }).click();
  const dialog = page.getByRole('dialog', { name: 'New token' });
  await dialog.getByRole('textbox', { name: 'Token name' }).fill(name);
  await dialog.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Acme ML' });
  await dialog.getByRole('combobox', { name: 'Expiration' }).selectOption({ label: expiration });
  await dialog.getByRole('checkbox', { name: /View the members list/ }).check();
  await dialog.getByRole('button', { name: 'Generate token' }).click();
  const shown = page.getByRole('dialog', { name: `Copy the token “${name}”` });
  const secret = await shown.getByLabel('Token').inputValue();
  await shown.getByRole('button', { name: 'Done' }).click();
  return secret;
}

test("an Admin opens API tokens from the sidebar, sees a member's token and revokes it", async ({ browser }) => {
  const name = `Uma sync ${uniqueSuffix()}`;
  const member = await signedIn(browser, 'viewer@acme.test');
  const secret = await makeToken(member, name, '30 days');
  expect((await member.request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(200);

  const admin = await signedIn(browser, 'admin@acme.test');
  await admin.goto(`/orgs/${ORG}`);
  const sidebar = admin.getByRole('navigation', { name: 'Organization' });
  await sidebar.getByRole('link', { name: 'API tokens' }).click();
  await expect(admin).toHaveURL(new RegExp(`/orgs/${ORG}/api-tokens$`));
  await expect(admin.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'API tokens' })).toHaveAttribute('aria-current', 'page');
  const row = admin.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Uma User');
  await expect(row).toContainText('viewer@acme.test');
  await expect(row).toContainText('1 scope');
  await expect(row).toContainText('Active');
  await expectAccessible(admin, 'API tokens');

  await admin.getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = admin.getByRole('dialog', { name: `Revoke “${name}”?` });
  await expect(confirm).toContainText('Uma User');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(admin.getByText(`Token “${name}” revoked.`)).toBeVisible();
  await expect(row).toContainText('Revoked');
  await expect(admin.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);
  const refused = await admin.request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);

  // The member sees it revoked on their own list too.
  await member.goto('/account/tokens');
  await expect(member.getByRole('list', { name: 'Your tokens' }).getByRole('listitem').filter({ hasText: name })).toContainText('Revoked');
});

test('the settings checkbox lets members pick "No expiration" in the New token dialog', async ({ browser }) => {
  const member = await signedIn(browser, 'viewer@acme.test');
  await member.goto('/account/tokens');
  await member.getByRole('button', { name: 'New token' }).click();
  const expiration = member.getByRole('dialog', { name: 'New token' }).getByRole('combobox', { name: 'Expiration' });
  await expect(expiration.getByRole('option', { name: 'No expiration' })).toHaveCount(0);
  await member.keyboard.press('Escape');

  const admin = await signedIn(browser, 'admin@acme.test');
  await admin.goto(`/orgs/${ORG}/settings`);
  const allow = admin.getByRole('checkbox', { name: 'Allow tokens without an expiry date' });
  await expect(allow).not.toBeChecked();
  await allow.check();
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('Organization settings saved.')).toBeVisible();
  await admin.reload();
  await expect(allow).toBeChecked();
  await expectAccessible(admin, 'organization settings, tokens without expiry allowed');

  try {
    const name = `Forever ${uniqueSuffix()}`;
    await makeToken(member, name, 'No expiration');
    await expect(member.getByRole('list', { name: 'Your tokens' }).getByRole('listitem').filter({ hasText: name })).toContainText(
      'expires Never',
    );
    await admin.goto(`/orgs/${ORG}/api-tokens`);
    await expect(admin.getByRole('row').filter({ hasText: name })).toContainText('Never');
    await admin.getByRole('button', { name: `Revoke ${name}` }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect(admin.getByRole('row').filter({ hasText: name })).toContainText('Revoked');
  } finally {
    // The demo organization goes back to requiring an expiry date, as other specs expect.
    await admin.goto(`/orgs/${ORG}/settings`);
    await allow.uncheck();
    await admin.getByRole('button', { name: 'Save' }).click();
    await expect(admin.getByText('Organization settings saved.')).toBeVisible();
  }
  await member.goto('/account/tokens');
  await member.getByRole('button', { name: 'New token' }).click();
  await expect(expiration.getByRole('option', { name: 'No expiration' })).toHaveCount(0);
});
