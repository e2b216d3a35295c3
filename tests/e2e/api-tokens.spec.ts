import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

test('a personal access token: made on /account/tokens, shown once, works with the API until revoked', async ({ page }) => {
  await signIn(page, 'contributor@acme.test', 'roster-demo-2026');
  await page.goto('/account');
  await page.getByRole('link', { name: 'Manage your tokens' }).click();
  await expect(page).toHaveURL(/\/account\/tokens$/);
  await expectAccessible(page, 'tokens, none yet');

  await page.getByRole('button', { name: 'New token' }).click();
  const dialog = page.getByRole('dialog', { name: 'New token' });
  await expect(dialog.getByRole('textbox', { name: 'Token name' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Generate token' }).click();
  await expect(dialog.getByText('Choose at least one scope.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Token name' }).fill('Nightly sync');
  await dialog.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Acme ML' });
  await dialog.getByRole('combobox', { name: 'Expiration' }).selectOption({ label: '7 days' });
  await dialog.getByRole('checkbox', { name: /View the members list/ }).check();
  await dialog.getByRole('checkbox', { name: /Invite members, change their role/ }).check();
  await expectAccessible(page, 'new token dialog');
  await dialog.getByRole('button', { name: 'Generate token' }).click();

  const shown = page.getByRole('dialog', { name: 'Copy the token “Nightly sync”' });
  const secret = await shown.getByLabel('Token').inputValue();
  expect(secret).toMatch(/^roster_pat_[0-9A-Za-z]{38}$/);
  await expectAccessible(page, 'token shown once');
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText(secret)).toHaveCount(0);
  const tokens = page.getByRole('list', { name: 'Your tokens' });
  const row = tokens.getByRole('listitem').filter({ hasText: 'Nightly sync' });
  await expect(row).toContainText('Active');
  await expect(row).toContainText(`roster_pat_…${secret.slice(-4)}`);

  const me = await page.request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  const body = await me.json();
  expect(body.organization).toEqual({ id: 'acme-ml', role: 'org_contributor' });
  // Scopes ∩ the owner's role: an Organization Contributor may view members, not manage them.
  expect(body.organization_permissions).toEqual(['members.view']);
  await page.reload();
  await expect(tokens.getByRole('listitem').filter({ hasText: 'Nightly sync' })).not.toContainText('Never used');

  await page.getByRole('button', { name: 'Revoke Nightly sync' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(tokens.getByRole('listitem').filter({ hasText: 'Nightly sync' })).toContainText('Revoked');
  const refused = await page.request.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()['content-type']).toBe('application/problem+json');
});
