import { expect, test } from '@playwright/test';
import { createOrganization, expectAccessible, signIn, signUp, signUpVerified, uniqueSuffix } from './helpers';

test('teams: create, rename, add a member (never an outsider) and an app, see it on app settings, delete', async ({ page, browser }) => {
  const s = uniqueSuffix();
  const outsiderEmail = `outsider-${s}@example.test`;
  const outsider = await (await browser.newContext()).newPage();
  await signUp(outsider, { name: 'Otto Outsider', email: outsiderEmail, password: 'outsider password' });

  await signIn(page, 'admin@acme.test', 'roster-demo-2026');
  await page.goto('/orgs/acme-ml');
  const appId = `vision-${s}`;
  await page.getByRole('button', { name: 'Create App' }).click();
  await page.getByRole('dialog', { name: 'Create App' }).getByLabel('App ID').fill(appId);
  await page.getByRole('dialog', { name: 'Create App' }).getByLabel('App name').fill('Vision');
  await page.getByRole('dialog', { name: 'Create App' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/acme-ml/apps/${appId}$`));

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Teams' }).click();
  await expect(page).toHaveURL(/\/orgs\/acme-ml\/teams$/);
  const teamId = `labelers-${s}`;
  await page.getByRole('button', { name: 'Create Team' }).click();
  const create = page.getByRole('dialog', { name: 'Create Team' });
  await create.getByLabel('Team ID').fill(teamId);
  await create.getByLabel('Team name').fill('Labelers');
  await create.getByLabel('Default permission').selectOption({ label: 'Labeler Worker' });
  await expectAccessible(page, 'create team dialog');
  await create.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${teamId}$`));
  await expect(page.getByRole('heading', { name: 'Labelers', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Team actions' }).click();
  await page.getByRole('menuitem', { name: 'Edit Team Name' }).click();
  const rename = page.getByRole('dialog', { name: 'Edit Team Name' });
  await rename.getByLabel('Team name').fill('Labeling crew');
  await rename.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { name: 'Labeling crew', level: 1 })).toBeVisible();

  await page.getByRole('tab', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Add Members' }).click();
  const add = page.getByRole('dialog', { name: 'Add Members' });
  await add.getByLabel('Search members').fill(outsiderEmail);
  await expect(add.getByText('No matches.')).toBeVisible();
  await add.getByLabel('Search members').fill('viewer@');
  await add.getByRole('checkbox', { name: 'viewer@acme.test' }).check();
  await expectAccessible(page, 'add members dialog');
  await add.getByRole('button', { name: 'Add users' }).click();
  await expect(page.getByRole('row', { name: /viewer@acme\.test/ })).toBeVisible();

  await page.getByRole('tab', { name: 'Apps' }).click();
  await page.getByRole('button', { name: 'Add App' }).click();
  const addApp = page.getByRole('dialog', { name: 'Add App' });
  await addApp.getByLabel('Search apps').fill(appId);
  await addApp.getByRole('checkbox', { name: appId }).check();
  await expect(addApp.getByLabel('Permission')).toHaveValue('labeler_worker');
  await addApp.getByRole('button', { name: 'Add apps' }).click();
  await page.getByLabel(`Permission for ${appId}`).selectOption({ label: 'Model Trainer' });
  await expect(page.getByText(`${appId}: Model Trainer.`)).toBeVisible();
  await expectAccessible(page, 'team page');

  await page.getByRole('link', { name: appId }).click();
  await expect(page.getByRole('heading', { name: 'Teams with access' })).toBeVisible();
  await expect(page.getByLabel(`Permission for team ${teamId}`)).toHaveValue('model_trainer');
  await expectAccessible(page, 'app settings');

  await page.goto(`/orgs/acme-ml/teams/${teamId}`);
  await page.getByRole('button', { name: 'Team actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete Team' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/orgs\/acme-ml\/teams$/);
  await expect(page.getByRole('link', { name: 'Labeling crew' })).toHaveCount(0);
  // The member and the app remain.
  await page.goto('/orgs/acme-ml/members?q=viewer');
  await expect(page.getByRole('row', { name: /viewer@acme\.test/ })).toBeVisible();
  await page.goto('/orgs/acme-ml');
  await expect(page.getByRole('link', { name: appId })).toBeVisible();
  await page.goto(`/orgs/acme-ml/apps/${appId}/settings`);
  await expect(page.getByText('No team has access to this app.')).toBeVisible();

  // Add Team searches the organization's teams on the server; the permission starts at the team's default.
  await page.getByRole('button', { name: 'Add Team' }).click();
  const addTeam = page.getByRole('dialog', { name: 'Add Team' });
  await addTeam.getByLabel('Search teams').fill('label-leads');
  await addTeam.getByRole('radio', { name: 'label-leads', exact: true }).check();
  await expect(addTeam.getByLabel('Permission')).toHaveValue('labeler_lead');
  await expectAccessible(page, 'add team dialog');
  await addTeam.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByLabel('Permission for team label-leads')).toHaveValue('labeler_lead');
  // Teams are not the only way in: the roles that reach every app are named beside the count.
  await expect(page.getByText(/^1 team grants access\. Members with the role Admin, .* reach every app by their role\./)).toBeVisible();
});

test('transfer a personal app into an organization', async ({ page }) => {
  const s = uniqueSuffix();
  await signUpVerified(page, { name: 'Pia Personal', email: `personal-${s}@example.test`, password: 'personal password' });
  const org = { name: `Transfer Co ${s}`, id: `transfer-${s}`, billingEmail: 'billing@transfer.test' };
  await createOrganization(page, org);

  await page.getByRole('button', { name: 'Switch workspace' }).click();
  await page.getByRole('menuitem', { name: 'Personal workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
  await page.getByRole('button', { name: 'Create App' }).click();
  await page.getByRole('dialog').getByLabel('App ID').fill('my-model');
  await page.getByRole('dialog').getByLabel('App name').fill('My model');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/me\/apps\/my-model\/settings$/);
  await expectAccessible(page, 'personal app settings');

  await page.getByRole('button', { name: 'Transfer' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Organization').selectOption({ label: org.name });
  await dialog.getByLabel('New name').fill('Shared model');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${org.id}/apps/my-model$`));
  await expect(page.getByRole('heading', { name: 'Shared model' })).toBeVisible();

  await page.goto('/me/apps');
  await expect(page.getByRole('link', { name: 'my-model' })).toHaveCount(0);
  await page.goto(`/orgs/${org.id}`);
  await expect(page.getByRole('link', { name: 'my-model' })).toBeVisible();
});
