import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createOrganization, expectAccessible, signUpVerified, uniqueSuffix } from './helpers';

const SHOTS = '.data/tmp/shots-alpha';

/** At 1440 and 390 px wide; a dialog as the viewport shows it (a full-page shot would misplace its overlay). */
async function shoot(page: Page, name: string, fullPage = true) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function createApp(page: Page, orgId: string, appId: string, name: string) {
  await page.goto(`/orgs/${orgId}`);
  await page.getByRole('button', { name: 'Create App' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create App' });
  await dialog.getByLabel('App ID').fill(appId);
  await dialog.getByLabel('App name').fill(name);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/apps/${appId}$`));
}

test('rename the App ID: the URL follows, the old one shows the not-found page, a taken ID is refused beside the field', async ({
  page,
}) => {
  const s = uniqueSuffix();
  await signUpVerified(page, { name: 'Rhea Renamer', email: `renamer-${s}@example.test`, password: 'renamer password' });
  const org = { name: `Rename Co ${s}`, id: `rename-${s}`, billingEmail: 'billing@rename.test' };
  await createOrganization(page, org);
  await createApp(page, org.id, 'taken-id', 'Taken');
  await createApp(page, org.id, 'old-id', 'Detector');

  await page.goto(`/orgs/${org.id}/apps/old-id/settings`);
  const appId = page.getByLabel('App ID');
  await expect(appId).toHaveValue('old-id');
  await expectAccessible(page, 'app settings');

  await appId.fill('Not Valid');
  await page.getByRole('button', { name: 'Save App ID' }).click();
  await expect(appId).toHaveAccessibleDescription(/may contain only lowercase letters/);
  await appId.fill('taken-id');
  await page.getByRole('button', { name: 'Save App ID' }).click();
  await expect(appId).toHaveAccessibleDescription('This App ID is taken in this organization. Choose another.');
  await expectAccessible(page, 'app settings with an App ID error');

  await appId.fill('new-id');
  await page.getByRole('button', { name: 'Save App ID' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${org.id}/apps/new-id/settings$`));
  await expect(page.getByLabel('App ID')).toHaveValue('new-id');

  // Links in the product are built from the App ID: the apps list now names the new one.
  await page.goto(`/orgs/${org.id}`);
  await expect(page.getByRole('link', { name: 'new-id' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'old-id' })).toHaveCount(0);

  const old = await page.goto(`/orgs/${org.id}/apps/old-id/settings`);
  expect(old?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found or no access' })).toBeVisible();

  await page.goto(`/orgs/${org.id}/audit-log?action=app.id_changed`);
  await expect(page.getByRole('row', { name: /changed an App ID/ })).toHaveCount(1);
});

test('transfer an org app to another organization: clash beside New App ID, then it moves', async ({ page }) => {
  const s = uniqueSuffix();
  await signUpVerified(page, { name: 'Theo Transfer', email: `transfer-${s}@example.test`, password: 'transfer password' });
  const source = { name: `Source Co ${s}`, id: `source-${s}`, billingEmail: 'billing@source.test' };
  const dest = { name: `Destination Co ${s}`, id: `dest-${s}`, billingEmail: 'billing@dest.test' };
  await createOrganization(page, dest);
  await createOrganization(page, source);
  await createApp(page, dest.id, 'vision', 'Already there');
  await createApp(page, source.id, 'vision', 'Vision');

  await page.goto(`/orgs/${source.id}/apps/vision/settings`);
  await expect(page.getByRole('heading', { name: 'Transfer ownership' })).toBeVisible();
  await shoot(page, 'app-settings');
  await page.getByRole('button', { name: 'Transfer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Transfer vision' });
  await expect(dialog.getByText('Moves with the app:')).toBeVisible();
  await expect(dialog.getByLabel('Organization')).toHaveValue(dest.id);
  await expect(dialog.getByRole('option')).toHaveText([dest.name]);
  await expect(dialog.getByLabel('New App ID')).toHaveCount(0);
  await dialog.getByLabel('New name').fill('Vision moved');
  await expectAccessible(page, 'transfer dialog');
  await shoot(page, 'transfer-dialog', false);

  await dialog.getByRole('button', { name: 'Confirm' }).click();
  const newAppId = dialog.getByLabel('New App ID');
  await expect(newAppId).toHaveAccessibleDescription(/The App ID "vision" is already used in that organization/);
  await expectAccessible(page, 'transfer dialog with the clash');
  await shoot(page, 'transfer-dialog-clash', false);
  await newAppId.fill('vision-2');
  await dialog.getByRole('button', { name: 'Confirm' }).click();

  await expect(page).toHaveURL(new RegExp(`/orgs/${dest.id}/apps/vision-2$`));
  await expect(page.getByRole('heading', { name: 'Vision moved' })).toBeVisible();
  await page.goto(`/orgs/${dest.id}`);
  await expect(page.getByRole('link', { name: 'vision-2' })).toBeVisible();
  await page.goto(`/orgs/${source.id}`);
  await expect(page.getByRole('link', { name: 'vision', exact: true })).toHaveCount(0);
  expect((await page.goto(`/orgs/${source.id}/apps/vision/settings`))?.status()).toBe(404);

  await page.goto(`/orgs/${source.id}/audit-log?action=app.transferred_out`);
  await expect(page.getByRole('row', { name: /moved app .* to organization/ })).toHaveCount(1);
  await page.goto(`/orgs/${dest.id}/audit-log?action=app.transferred_in`);
  await expect(page.getByRole('row', { name: /here from organization/ })).toHaveCount(1);
});
