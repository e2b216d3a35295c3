import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, uniqueSuffix } from './helpers';

test('IDs are suggested from names in every create dialog until the ID is edited by hand', async ({ page }) => {
  const s = uniqueSuffix();
  await signIn(page, 'admin@acme.test', 'roster-demo-2026');

  // Create App: accents and emoji dropped; a taken ID is refused beside the field, and the next name clears it.
  await page.goto('/orgs/acme-ml');
  await page.getByRole('button', { name: 'Create App' }).click();
  const app = page.getByRole('dialog', { name: 'Create App' });
  await app.getByLabel('App name').fill('Pet Vision');
  await expect(app.getByLabel('App ID')).toHaveValue('pet-vision');
  await app.getByRole('button', { name: 'Confirm' }).click();
  await expect(app.getByText('This App ID is taken in this organization. Choose another.')).toBeVisible();
  await app.getByLabel('App name').fill(`Été 🚀 Vision ${s}`);
  await expect(app.getByLabel('App ID')).toHaveValue(`ete-vision-${s}`);
  await expect(app.getByText('This App ID is taken in this organization. Choose another.')).toHaveCount(0);
  await expectAccessible(page, 'create app dialog with a suggested ID');
  await app.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/acme-ml/apps/ete-vision-${s}$`));

  // Create Team: an ID typed by hand stays when the name changes; emptying it lets the name suggest again.
  await page.goto('/orgs/acme-ml/teams');
  await page.getByRole('button', { name: 'Create Team' }).click();
  const team = page.getByRole('dialog', { name: 'Create Team' });
  const teamId = team.getByLabel('Team ID');
  await team.getByLabel('Team name').fill(`Night Shift ${s}`);
  await expect(teamId).toHaveValue(`night-shift-${s}`);
  await teamId.fill(`owls-${s}`);
  await team.getByLabel('Team name').fill(`Night Owls ${s}`);
  await expect(teamId).toHaveValue(`owls-${s}`);
  await teamId.fill('');
  await team.getByLabel('Team name').fill(`Night Owls, Inc. ${s}`);
  await expect(teamId).toHaveValue(`night-owls-inc-${s}`);
  await teamId.fill(`owls-${s}`);
  await team.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/acme-ml/teams/owls-${s}$`));
  await expect(page.getByRole('heading', { name: `Night Owls, Inc. ${s}`, level: 1 })).toBeVisible();

  // New Organization and the personal Create App suggest the same way.
  await page.goto('/organizations');
  await page.getByRole('button', { name: 'New Organization' }).click();
  const org = page.getByRole('dialog', { name: 'New Organization' });
  await org.getByLabel('Organization name').fill('  Łódź Robotics — R&D  ');
  await expect(org.getByLabel('Organization ID')).toHaveValue('lodz-robotics-r-d');
  await org.getByRole('button', { name: 'Cancel' }).click();

  await page.goto('/me/apps');
  await page.getByRole('button', { name: 'Create App' }).click();
  const personal = page.getByRole('dialog', { name: 'Create App' });
  await personal.getByLabel('App name').fill("Ana's Side Project");
  await expect(personal.getByLabel('App ID')).toHaveValue('anas-side-project');
});
