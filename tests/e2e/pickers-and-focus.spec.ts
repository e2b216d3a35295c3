import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn, uniqueSuffix } from './helpers';

const shots = '.data/tmp/shots-pickers';

async function shoot(page: Page, name: string) {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png` });
}

test('a picker keeps what was picked across searches; dialogs focus their first field; removing a row keeps focus in the table', async ({
  page,
}) => {
  const s = uniqueSuffix();
  await signIn(page, 'admin@acme.test', 'roster-demo-2026');
  await page.goto('/orgs/acme-ml/teams');

  // A dialog opens with focus in its first field, not on its ✕.
  await page.getByRole('button', { name: 'Create Team' }).click();
  const create = page.getByRole('dialog', { name: 'Create Team' });
  await expect(create.getByLabel('Team name')).toBeFocused();
  await create.getByLabel('Team name').fill(`Pickers ${s}`);
  await create.getByLabel('Team ID').fill(`pickers-${s}`);
  await create.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/pickers-${s}$`));
  // The creation's toast would sit under the next dialog's overlay during its accessibility checks.
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 15_000 });

  await page.getByRole('tab', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Add Members' }).click();
  const add = page.getByRole('dialog', { name: 'Add Members' });
  const searchBox = add.getByLabel('Search members');
  await expect(searchBox).toBeFocused();

  // Pick three across three searches: each stays chosen, as a chip, whatever is searched next.
  for (const email of ['viewer@acme.test', 'team@acme.test', 'labeler@acme.test']) {
    await searchBox.fill(email.split('@')[0] + '@');
    await add.getByRole('checkbox', { name: email }).check();
  }
  await searchBox.fill(`nobody-${s}`);
  await expect(add.getByText('No matches.')).toBeVisible();
  await expect(add.getByText('3 members selected')).toBeVisible();
  for (const email of ['viewer@acme.test', 'team@acme.test', 'labeler@acme.test']) {
    await expect(add.getByRole('button', { name: `Remove ${email}` })).toBeVisible();
  }
  await shoot(page, 'add-members-1440');
  await expectAccessible(page, 'add members dialog, 1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'add-members-390');
  await expectAccessible(page, 'add members dialog, 390');
  await page.setViewportSize({ width: 1440, height: 900 });

  // Removing a chip unpicks it (its checkbox too) and hands focus to the next chip.
  await add.getByRole('button', { name: 'Remove team@acme.test' }).click();
  await expect(add.getByRole('button', { name: 'Remove team@acme.test' })).toHaveCount(0);
  await expect(add.getByRole('button', { name: 'Remove labeler@acme.test' })).toBeFocused();
  await expect(add.getByText('2 members selected')).toBeVisible();
  await searchBox.fill('team@');
  await expect(add.getByRole('checkbox', { name: 'team@acme.test' })).not.toBeChecked();
  await searchBox.fill('acme.test');
  await expect(add.getByRole('checkbox', { name: 'viewer@acme.test' })).toBeChecked();
  await shoot(page, 'add-members-results-1440');
  await add.getByRole('button', { name: 'Add users' }).click();
  await expect(page.getByText('Added 2 members.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Team members' });
  await expect(table.getByRole('row', { name: /viewer@acme\.test/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /labeler@acme\.test/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /team@acme\.test/ })).toHaveCount(0);

  // A confirmation opens on its first control; after the row goes, focus is on the next row's Remove.
  const removes = table.getByRole('button', { name: /^Remove / });
  await expect(removes).toHaveCount(2);
  const [first, second] = await removes.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  await table.getByRole('button', { name: first, exact: true }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(table.getByRole('button', { name: first, exact: true })).toHaveCount(0);
  await expect(table.getByRole('button', { name: second, exact: true })).toBeFocused();
  await expectAccessible(page, 'team page after removal');
});

test('Add Team picks one team, shown as a chip that stays across searches', async ({ page }) => {
  const s = uniqueSuffix();
  await signIn(page, 'admin@acme.test', 'roster-demo-2026');
  await page.goto('/orgs/acme-ml');
  const appId = `pick-${s}`;
  await page.getByRole('button', { name: 'Create App' }).click();
  const createApp = page.getByRole('dialog', { name: 'Create App' });
  await expect(createApp.getByRole('textbox').first()).toBeFocused();
  await createApp.getByLabel('App ID').fill(appId);
  await createApp.getByLabel('App name').fill('Pick');
  await createApp.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/acme-ml/apps/${appId}$`));

  await page.goto(`/orgs/acme-ml/apps/${appId}/settings`);
  await page.getByRole('button', { name: 'Add Team' }).click();
  const addTeam = page.getByRole('dialog', { name: 'Add Team' });
  await expect(addTeam.getByLabel('Search teams')).toBeFocused();
  await addTeam.getByLabel('Search teams').fill('label-leads');
  await addTeam.getByRole('radio', { name: 'label-leads', exact: true }).check();
  await addTeam.getByLabel('Search teams').fill(`nothing-${s}`);
  await expect(addTeam.getByRole('button', { name: 'Remove label-leads' })).toBeVisible();
  await expect(addTeam.getByText('1 team selected')).toBeVisible();
  await expect(addTeam.getByLabel('Permission')).toHaveValue('labeler_lead');
  await shoot(page, 'add-team-1440');
  await expectAccessible(page, 'add team dialog, 1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'add-team-390');
  await expectAccessible(page, 'add team dialog, 390');
  await addTeam.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByLabel('Permission for team label-leads')).toHaveValue('labeler_lead');
});
