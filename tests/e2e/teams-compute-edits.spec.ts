import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, uniqueSuffix } from './helpers';

test("a team's Default permission changes after creation, and apps added later start at it", async ({ page }) => {
  const s = uniqueSuffix();
  const appId = `defaults-${s}`;
  const teamId = `reviewers-${s}`;
  await signIn(page, 'admin@acme.test', 'roster-demo-2026');

  await page.goto('/orgs/acme-ml');
  await page.getByRole('button', { name: 'Create App' }).click();
  const createApp = page.getByRole('dialog', { name: 'Create App' });
  await createApp.getByLabel('App name').fill('Defaults');
  await createApp.getByLabel('App ID').fill(appId);
  await createApp.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/acme-ml/apps/${appId}$`));

  await page.goto('/orgs/acme-ml/teams');
  await page.getByRole('button', { name: 'Create Team' }).click();
  const create = page.getByRole('dialog', { name: 'Create Team' });
  await create.getByLabel('Team name').fill('Reviewers');
  await create.getByLabel('Team ID').fill(teamId);
  await create.getByLabel('Default permission').selectOption({ label: 'Labeler Worker' });
  await create.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${teamId}$`));
  await expect(page.getByText('Default permission: Labeler Worker')).toBeVisible();

  await page.getByRole('button', { name: 'Team actions' }).click();
  await page.getByRole('menuitem', { name: 'Edit Default Permission' }).click();
  const change = page.getByRole('dialog', { name: 'Edit Default Permission' });
  await expect(change.getByText('The apps it already has keep the permission they have.')).toBeVisible();
  await expect(change.getByLabel('Default permission')).toHaveValue('labeler_worker');
  await change.getByLabel('Default permission').selectOption({ label: 'Labeler Lead' });
  await expectAccessible(page, 'edit default permission dialog');
  await change.getByRole('button', { name: 'Confirm' }).click();
  await expect(change).toBeHidden();
  await expect(page.getByText('Default permission: Labeler Lead')).toBeVisible();

  await page.getByRole('tab', { name: 'Apps' }).click();
  await page.getByRole('button', { name: 'Add App' }).click();
  const addApp = page.getByRole('dialog', { name: 'Add App' });
  await addApp.getByLabel('Search apps').fill(appId);
  await addApp.getByRole('checkbox', { name: appId }).check();
  await expect(addApp.getByLabel('Permission')).toHaveValue('labeler_lead');
  await addApp.getByRole('button', { name: 'Add apps' }).click();
  await expect(page.getByLabel(`Permission for ${appId}`)).toHaveValue('labeler_lead');
  await expectAccessible(page, 'team page');
});

test("an Infrastructure Manager edits a nodepool's max nodes; a Model Trainer sees the clusters read-only", async ({ page, browser }) => {
  const clusterId = `edit-${uniqueSuffix()}`;
  await signIn(page, 'infra@acme.test', 'roster-demo-2026');
  await page.goto('/orgs/acme-ml/compute');
  await page.getByRole('button', { name: 'Create cluster' }).click();
  const create = page.getByRole('dialog', { name: 'Create cluster' });
  await create.getByLabel('Cluster ID').fill(clusterId);
  await create.getByLabel('Cluster name').fill('Editable cluster');
  await create.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { name: 'Editable cluster' })).toBeVisible();
  await page.getByRole('button', { name: `Create nodepool in ${clusterId}` }).click();
  const pool = page.getByRole('dialog', { name: `Create nodepool in ${clusterId}` });
  await pool.getByLabel('Nodepool ID').fill('t4-pool');
  await pool.getByLabel('Instance type').selectOption('gpu-t4');
  await pool.getByLabel('Minimum nodes').fill('2');
  await pool.getByLabel('Maximum nodes').fill('3');
  await pool.getByRole('button', { name: 'Confirm' }).click();
  const cluster = page.getByRole('region', { name: 'Editable cluster' });
  await expect(cluster.getByRole('row', { name: /t4-pool/ })).toContainText('2–3');

  await cluster.getByRole('button', { name: 'Edit nodepool t4-pool' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit nodepool t4-pool' });
  await expect(edit.getByLabel('Instance type')).toHaveValue('gpu-t4');
  await expect(edit.getByLabel('Minimum nodes')).toHaveValue('2');
  await edit.getByLabel('Maximum nodes').fill('1');
  await edit.getByRole('button', { name: 'Confirm' }).click();
  await expect(edit.getByText('The maximum must be at least the minimum.')).toBeVisible();
  await edit.getByLabel('Maximum nodes').fill('12');
  await expectAccessible(page, 'edit nodepool dialog');
  await edit.getByRole('button', { name: 'Confirm' }).click();
  await expect(edit).toBeHidden();
  await expect(cluster.getByRole('row', { name: /t4-pool/ })).toContainText('2–12');
  await expect(cluster.getByRole('row', { name: /t4-pool/ })).toContainText('gpu-t4');

  // Tara is a Team Contributor whose team is Model Trainer on the demo app: she sees where she may deploy.
  const trainer = await (await browser.newContext()).newPage();
  await signIn(trainer, 'trainer@acme.test', 'roster-demo-2026');
  expect((await trainer.goto('/orgs/acme-ml/compute'))?.status()).toBe(200);
  await expect(trainer.getByText(/Read-only. Your team/)).toBeVisible();
  const seen = trainer.getByRole('region', { name: 'Editable cluster' });
  await expect(seen.getByRole('row', { name: /t4-pool/ })).toContainText('2–12');
  await expect(trainer.getByRole('button', { name: 'Create cluster' })).toHaveCount(0);
  await expect(trainer.getByRole('button', { name: /^(Edit|Delete|Create) nodepool/ })).toHaveCount(0);
  await expect(trainer.getByRole('button', { name: /^(Rename|Delete cluster) / })).toHaveCount(0);
  await expect(trainer.getByRole('heading', { name: 'Deployments' })).toHaveCount(0);
  await expectAccessible(trainer, 'compute, read-only');
});
