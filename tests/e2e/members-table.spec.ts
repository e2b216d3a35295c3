import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

// The demo's directory organization (db/seed-directory.ts): Gia Globex is the Admin of 1,000 members.
const org = { id: 'globex', name: 'Globex Research' };
const members = `/orgs/${org.id}/members`;

async function signInAsAdmin(page: Page) {
  await signIn(page, 'admin@globex.test', 'roster-demo-2026');
  await page.goto(members);
  await expect(page.getByRole('table', { name: 'Organization members' })).toBeVisible();
}

/** The role selects of the rows shown, as values. */
async function shownRoles(page: Page): Promise<string[]> {
  return page.getByRole('combobox', { name: /^Role for / }).evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
}

test('the members list: by name, your own row, the role filter, and every member as CSV', async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('gia');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=gia/);
  const own = page.getByRole('row', { name: /admin@globex\.test/ });
  await expect(own).toContainText('You');
  await expect(own.getByRole('button', { name: `Leave ${org.name}` })).toBeVisible();
  await expect(own.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  await page.goto(members);
  // Name order: the first rows are the Adas, then on through the alphabet.
  const names = await page.locator('.member a').allTextContents();
  expect(names.slice(0, 3).every((name) => name.startsWith('Ada '))).toBe(true);
  expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')));
  await expectAccessible(page, 'members of a big organization');

  await page.getByLabel('Filter by role').selectOption({ label: 'Infrastructure Manager' });
  await expect(page).toHaveURL(/role=infra_manager/);
  await expect(page.getByRole('combobox', { name: /^Role for / }).first()).toHaveValue('infra_manager');
  const filtered = await shownRoles(page);
  expect(filtered.length).toBeGreaterThan(10);
  expect(new Set(filtered)).toEqual(new Set(['infra_manager']));
  await expectAccessible(page, 'members filtered by role');

  await page.goto(members);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^members-globex-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n');
  expect(lines[0]).toBe('name,email,role,teams,joined,last active');
  expect(lines).toHaveLength(1 + 1000);
  expect(new Set(lines.slice(1).map((line) => line.split(',')[1])).size).toBe(1000);
  expect(lines).toContain(lines.find((line) => line.startsWith('Gia Globex,admin@globex.test,Admin,')));
});

test('several members at once: the access preview, then one role for all; removing two together', async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByLabel('Filter by role').selectOption({ label: 'Organization User (all apps)' });
  await expect(page).toHaveURL(/role=org_user/);
  const rows = page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: /^Select .+@globex\.test$/ }) });
  const emails: string[] = [];
  for (const i of [0, 1, 2]) {
    const box = rows.nth(i).getByRole('checkbox');
    emails.push(((await box.getAttribute('aria-label')) ?? '').replace(/^Select /, ''));
    await box.check();
  }
  await expect(page.getByText('3 members selected')).toBeVisible();

  await page.getByLabel('Change role of selected members').selectOption({ label: 'Infrastructure Manager' });
  const dialog = page.getByRole('dialog', { name: 'Change 3 members to Infrastructure Manager?' });
  await expect(dialog.getByText('Gains').first()).toBeVisible();
  await expect(dialog.getByText('Loses').first()).toBeVisible();
  await expect(dialog).toContainText('Create, edit and delete clusters and nodepools');
  await expectAccessible(page, 'bulk role change preview');
  // Nothing changed before Confirm (the table is behind the modal dialog: hidden from the accessibility tree).
  for (const email of emails) await expect(page.locator(`select[aria-label="Role for ${email}"]`)).toHaveValue('org_user');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
  await page.goto(`${members}?role=infra_manager&q=${encodeURIComponent(emails[0]!)}`);
  await expect(page.getByRole('combobox', { name: `Role for ${emails[0]}` })).toHaveValue('infra_manager');
  for (const email of emails) {
    await page.goto(`${members}?q=${encodeURIComponent(email)}`);
    await expect(page.getByRole('combobox', { name: `Role for ${email}` })).toHaveValue('infra_manager');
  }

  await page.goto(`${members}?q=${encodeURIComponent(emails[0]!.split('.')[0]!)}`);
  const victims = page.getByRole('checkbox', { name: /^Select .+@globex\.test$/ });
  const removed = [(await victims.nth(0).getAttribute('aria-label'))!, (await victims.nth(1).getAttribute('aria-label'))!].map((l) =>
    l.replace(/^Select /, ''),
  );
  await victims.nth(0).check();
  await victims.nth(1).check();
  await page.getByRole('button', { name: 'Remove selected' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove 2 members?' });
  await expect(confirm).toContainText(removed[0]!);
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm).toBeHidden();
  for (const email of removed) await expect(page.getByRole('button', { name: `Remove ${email}` })).toHaveCount(0);
  await page.goto(`/orgs/${org.id}/audit-log`);
  // One event per member removed, in the same words as a single removal.
  await expect(page.getByRole('row', { name: /^Gia Globex removed .+ from the organization/ })).toHaveCount(2);
});

test('at 390 px each member is a card with its Remove button in view, no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsAdmin(page);
  const remove = page.getByRole('button', { name: /^Remove .+@globex\.test$/ }).first();
  await expect(remove).toBeVisible();
  const box = (await remove.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const role = page.getByRole('combobox', { name: /^Role for / }).first();
  const roleBox = (await role.boundingBox())!;
  expect(roleBox.x + roleBox.width).toBeLessThanOrEqual(390);
  // The role reads in full ("Organization User (all apps)"), not cut off.
  expect(await role.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await page.locator('.data-table').evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('members-390.png'), fullPage: false });
  await expectAccessible(page, 'members at 390 px');
});
