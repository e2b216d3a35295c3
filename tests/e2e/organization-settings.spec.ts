import { expect, test } from '@playwright/test';
import { createOrganization, expectAccessible, signIn, signUpVerified, uniqueSuffix } from './helpers';

test('organization settings: field errors, rename seen in the switcher and audited, delete by typing the Organization ID', async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  await signUpVerified(page, { name: 'Olga Owner', email: `owner-${suffix}@example.test`, password: 'correct horse battery' });
  const kept = { name: `Kept Lab ${suffix}`, id: `kept-${suffix}`, billingEmail: 'billing@kept.test' };
  const org = { name: `Settings Lab ${suffix}`, id: `settings-${suffix}`, billingEmail: 'billing@settings.test' };
  await createOrganization(page, kept);
  await createOrganization(page, org);

  // Reached from the organizations list (the sidebar link is the sidebar's own business).
  await page.goto('/organizations');
  await page.getByRole('link', { name: `Settings of ${org.id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${org.id}/settings$`));
  await expect(page.getByRole('heading', { name: 'Organization settings', level: 1 })).toBeVisible();
  const name = page.getByLabel('Organization name');
  const billing = page.getByLabel('Billing email');
  await expect(name).toHaveValue(org.name);
  await expect(billing).toHaveValue(org.billingEmail);
  await expectAccessible(page, 'organization settings');

  // Bad input: each error beside its field, nothing saved.
  await name.fill('   ');
  await billing.fill('not-an-email');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(name).toHaveAccessibleDescription('Enter an organization name.');
  await expect(billing).toHaveAccessibleDescription('Enter a valid email address.');
  await expectAccessible(page, 'organization settings with errors');

  // Rename and a new billing address, stored lowercased.
  const renamed = `Renamed Lab ${suffix}`;
  await name.fill(renamed);
  await billing.fill('Finance@Settings.TEST');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Organization settings saved.')).toBeVisible();
  await expect(billing).toHaveValue('finance@settings.test');
  const switcher = page.getByRole('button', { name: 'Switch workspace' });
  await expect(switcher).toContainText(renamed);
  await switcher.click();
  await expect(page.getByRole('menuitem', { name: renamed })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: org.name })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(name).toHaveValue(renamed);
  await expect(billing).toHaveValue('finance@settings.test');

  // The change is in the audit log, with what it replaced.
  await page.goto(`/orgs/${org.id}/audit-log?action=organization.updated`);
  const event = page.getByRole('row', { name: /changed the organization's name/ });
  await expect(event).toHaveCount(1);
  await expect(event).toContainText(org.name);

  // Delete organization: Confirm waits for the typed Organization ID.
  await page.goto(`/orgs/${org.id}/settings`);
  await page.getByRole('button', { name: 'Delete organization' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${renamed}?` });
  const confirm = dialog.getByRole('button', { name: 'Confirm' });
  await expect(confirm).toBeDisabled();
  const typed = dialog.getByLabel(`Type ${org.id} to confirm`);
  await typed.fill(renamed);
  await expect(confirm).toBeDisabled();
  await expectAccessible(page, 'delete organization dialog');
  await typed.fill(org.id);
  await confirm.click();
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(page.getByText(`${renamed} was deleted.`)).toBeVisible();
  await expect(page.getByRole('link', { name: renamed })).toHaveCount(0);
  await expect(page.getByRole('link', { name: kept.name })).toBeVisible();

  const gone = await page.goto(`/orgs/${org.id}/settings`);
  expect(gone?.status()).toBe(404);
});

test('a member whose role lacks org.settings gets the not-found page, and no Settings link on the list', async ({ page }) => {
  await signIn(page, 'finance@acme.test', 'roster-demo-2026');
  await expect(page.getByRole('link', { name: 'Acme ML' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings of acme-ml' })).toHaveCount(0);
  const response = await page.goto('/orgs/acme-ml/settings');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found or no access' })).toBeVisible();
  await expect(page.getByLabel('Organization name')).toHaveCount(0);
});
