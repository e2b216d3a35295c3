import { expect, test, type Browser, type Page } from '@playwright/test';
import { createOrganization, expectAccessible, inviteMembers, signIn, signUpVerified, uniqueSuffix } from './helpers';

// Issue 18 items 5 and 7: the sidebar behind `Menu` at phone width, the roles reference per role, the
// signed-in 404 inside the shell, the Costs table in full, the switcher's invitations and New Organization,
// and the trace an answered invitation leaves.
const SHOTS = '.data/tmp/shots-layout';
const password = 'a long test password';
const NARROW = { width: 390, height: 844 };
const WIDE = { width: 1440, height: 900 };

async function shoot(page: Page, name: string) {
  await expect(page.locator('[data-hydrating]')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/${name}-${page.viewportSize()!.width}.png`, fullPage: true });
}

/** axe and a screenshot at both widths, ending at the narrow one. */
async function checkBothWidths(page: Page, name: string) {
  for (const size of [WIDE, NARROW]) {
    await page.setViewportSize(size);
    await expectAccessible(page, `${name} at ${size.width}`);
    await shoot(page, name);
  }
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('at 390 px the sidebar sits behind Menu; roles read per role; 404 and Costs keep the shell', async ({ page }) => {
  // Five pages, each checked with axe at two widths: more than the default minute on a loaded machine.
  test.setTimeout(180_000);
  await signIn(page, 'admin@acme.test', 'roster-demo-2026');
  await page.setViewportSize(NARROW);
  await page.goto('/orgs/acme-ml');
  const sidebar = page.getByRole('navigation', { name: 'Organization' });
  // No sidebar pushing the page down: the heading starts right under the top bar.
  await expect(sidebar).toBeHidden();
  const heading = page.getByRole('heading', { level: 1 });
  expect((await heading.boundingBox())!.y).toBeLessThan(120);

  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  const sheet = page.getByRole('dialog', { name: /Acme/ });
  await expect(sheet.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name: 'Apps' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectAccessible(page, 'menu open at 390');
  await shoot(page, 'menu-open');
  // Focus stays inside the sheet; Escape closes it and focus returns to Menu.
  for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
  expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeFocused();

  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await sheet.getByRole('link', { name: 'Roles' }).click();
  await expect(page).toHaveURL(/\/orgs\/acme-ml\/roles$/);
  await expect(sheet).toBeHidden();
  // One card per role instead of the matrix.
  const cards = page.getByRole('region', { name: 'Organization roles' });
  const infra = cards.getByRole('group').filter({ has: page.getByRole('heading', { name: 'Infrastructure Manager', level: 3 }) });
  // Each role opens on demand to list what it grants.
  await expect(infra.getByRole('heading', { name: 'In apps', level: 4 })).toBeHidden();
  await infra.getByRole('heading', { name: 'Infrastructure Manager', level: 3 }).click();
  await expect(infra.getByRole('heading', { name: 'In apps', level: 4 })).toBeVisible();
  await expect(infra.getByRole('heading', { name: 'Organization', level: 4 })).toBeVisible();
  // The matrices are in the page but hidden at this width.
  await expect(page.getByRole('table', { includeHidden: true })).toHaveCount(2);
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await checkBothWidths(page, 'roles');
  await page.setViewportSize(WIDE);
  await expect(page.getByRole('table', { name: 'Organization roles' })).toBeVisible();

  // An unknown page inside the organization: top bar and sidebar stay.
  await page.goto('/orgs/acme-ml/no-such-area');
  await expect(page.getByRole('heading', { name: 'Not found or no access' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Switch workspace' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Organization' })).toBeVisible();
  await checkBothWidths(page, 'not-found-org');
  // A missing app, and a page outside any organization: the top bar stays.
  await page.goto('/orgs/acme-ml/apps/no-such-app');
  await expect(page.getByRole('heading', { name: 'Not found or no access' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeVisible(); // 390 px after checkBothWidths
  await page.goto('/orgs/no-such-org');
  await expect(page.getByRole('heading', { name: 'Not found or no access' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Switch workspace' })).toBeVisible();

  // Costs: every month of the window is on the page, none hidden in a scrolling box.
  await page.goto('/orgs/acme-ml/costs');
  const usage = page.getByRole('region', { name: 'Usage table' });
  await expect(usage.getByRole('row')).toHaveCount(13); // header + 12 months
  const box = (await usage.boundingBox())!;
  expect(await usage.evaluate((el) => el.scrollHeight)).toBeLessThanOrEqual(Math.ceil(box.height));
  await checkBothWidths(page, 'costs');

  await page.goto('/organizations');
  await checkBothWidths(page, 'organizations');
  await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
});

test('the switcher lists pending invitations and New Organization; an answered invitation leaves a trace', async ({ browser }) => {
  const s = uniqueSuffix();
  const admin = await newPage(browser);
  await signUpVerified(admin, { name: 'Olga Owner', email: `owner-${s}@example.test`, password });
  const org = { name: `Layout Lab ${s}`, id: `layout-${s}`, billingEmail: 'billing@layout.test' };
  await createOrganization(admin, org);

  const invitee = await newPage(browser);
  const email = `invitee-${s}@example.test`;
  await signUpVerified(invitee, { name: 'Ivo Invitee', email, password });
  // The personal workspace is empty: its empty state offers Create App as a button.
  await invitee.goto('/me/apps');
  await expect(invitee.getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible();
  await expect(invitee.getByRole('button', { name: 'Create App' })).toHaveCount(1);
  await expect(invitee.getByText('You have no projects yet.')).toBeVisible();
  await checkBothWidths(invitee, 'projects-empty');
  await invitee.setViewportSize(WIDE);

  await inviteMembers(admin, org.id, email, 'Organization User (all apps)');

  // The mailbox wraps words whole (the invitation's note was broken mid-word).
  await invitee.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expect(invitee.getByRole('article').first()).toBeVisible();
  await checkBothWidths(invitee, 'mailbox');
  await invitee.setViewportSize(WIDE);

  await invitee.goto('/organizations');
  await invitee.getByRole('button', { name: 'Switch workspace' }).click();
  await expect(invitee.getByRole('menuitem', { name: 'New Organization' })).toBeVisible();
  const item = invitee.getByRole('menuitem', { name: `Invitation to ${org.name}` });
  await expect(item).toBeVisible();
  await item.click();
  // The invitation item opens the notification bar with the invitation in it.
  const bar = invitee.getByRole('dialog', { name: 'Notifications' });
  const notice = bar.getByRole('listitem', { name: new RegExp(`invited you to join ${org.name}`) });
  await notice.getByRole('button', { name: 'Accept' }).click();
  await expect(invitee).toHaveURL(new RegExp(`/orgs/${org.id}$`));
  await expect(bar).toBeHidden();

  await invitee.getByRole('button', { name: /^Notifications/ }).click();
  const trace = bar.getByRole('listitem', { name: new RegExp(`You accepted the invitation to join ${org.name}`) });
  await expect(trace).toContainText('Accepted');
  await expect(trace.getByRole('button')).toHaveCount(0);
  await invitee.keyboard.press('Escape');

  // New Organization from the switcher opens the dialog on /organizations.
  await invitee.getByRole('button', { name: 'Switch workspace' }).click();
  await invitee.getByRole('menuitem', { name: 'New Organization' }).click();
  await expect(invitee).toHaveURL(/\/organizations\?new=1$/);
  await expect(invitee.getByRole('dialog', { name: 'New Organization' })).toBeVisible();
  await expectAccessible(invitee, 'new organization from the switcher');
});
