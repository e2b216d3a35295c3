import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, uniqueSuffix } from './helpers';

test('access is explained per member and app; the audit log records changes for Admins only', async ({ page, browser }) => {
  const appId = `explained-${uniqueSuffix()}`;
  await signIn(page, 'admin@acme.test', 'roster-demo-2026');
  await page.goto('/orgs/acme-ml');
  await page.getByRole('button', { name: 'Create App' }).click();
  await page.getByRole('dialog').getByLabel('App ID').fill(appId);
  await page.getByRole('dialog').getByLabel('App name').fill('Explained');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${appId}$`));

  // An Admin reads another member's effective access, with its sources.
  await page.goto('/orgs/acme-ml/members?q=viewer');
  await page.getByRole('link', { name: 'Uma User' }).click();
  await expect(page.getByRole('heading', { name: 'Effective access' })).toBeVisible();
  const table = page.getByRole('table', { name: `Effective access to ${appId}` });
  await page.locator('details', { has: page.getByText(appId, { exact: true }) }).evaluate((el) => ((el as HTMLDetailsElement).open = true));
  await expect(table.getByRole('row', { name: /View models/ })).toContainText('role: Organization User (all apps)');
  await expect(table.getByRole('row', { name: /Delete the app/ })).toContainText('Not granted');
  await expectAccessible(page, 'effective access');

  await page.goto('/orgs/acme-ml/audit-log?action=app.created');
  await expect(page.getByRole('row', { name: new RegExp(appId) })).toContainText('Ada Admin');
  await expectAccessible(page, 'audit log');

  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, 'viewer@acme.test', 'roster-demo-2026');
  expect((await viewer.goto('/orgs/acme-ml/audit-log'))?.status()).toBe(404);
  await viewer.goto('/orgs/acme-ml');
  await viewer.getByRole('link', { name: 'Your access' }).click();
  await expect(viewer.getByRole('heading', { name: 'Effective access' })).toBeVisible();
});
