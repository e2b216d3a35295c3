import { expect, test, type Page } from '@playwright/test';
import { createOrganization, expectAccessible, inviteMembers, signIn, signUpVerified, uniqueSuffix } from './helpers';

const SHOTS = '.data/tmp/shots-plans';

async function shoot(page: Page, name: string, target?: ReturnType<Page['locator']>) {
  await expect(page.locator('[data-hydrating]')).toHaveCount(0);
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    if (target) await target.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
    else await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('an Admin moves to a small plan: a smaller one is refused while seats are held, then invitations beyond the seats are refused', async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  await signUpVerified(page, { name: 'Paula Plan', email: `plan-${suffix}@example.test`, password: 'correct horse battery' });
  const org = { name: `Seats Lab ${suffix}`, id: `seats-${suffix}`, billingEmail: 'billing@seats.test' };
  await createOrganization(page, org);
  const [first, second, third] = ['a', 'b', 'c'].map((x) => `seat-${x}-${suffix}@example.test`);
  await inviteMembers(page, org.id, `${first}, ${second}, ${third}`, 'Organization User (all apps)');

  await page.goto(`/orgs/${org.id}/settings`);
  const section = page.getByRole('region', { name: 'Plan' });
  await expect(section).toContainText('The Team plan includes 10 seats; 4 are used (1 member, 3 pending invitations).');
  const plan = section.getByLabel('Plan');
  await expect(plan).toHaveValue('team');
  await expect(plan.getByRole('option', { name: 'Free — 3 seats, $500 included' })).toHaveCount(1);
  await expect(plan).toHaveAccessibleDescription(
    /^Team: 10 seats \(members and pending invitations\) and \$5,000 of usage included each month\./,
  );
  await expectAccessible(page, 'settings with the Plan section');

  // Four seats are held: Free (3) is refused beside the select, and nothing changes.
  await plan.selectOption('free');
  await section.getByRole('button', { name: 'Change plan' }).click();
  await expect(plan).toHaveAccessibleDescription(
    'The Free plan includes 3 seats; 4 are used (1 member, 3 pending invitations). Remove members or pending invitations first, or choose a larger plan.',
  );
  await expectAccessible(page, 'plan refused');
  await page.reload();
  await expect(section.getByLabel('Plan')).toHaveValue('team');

  // One invitation withdrawn: three seats held, Free fits.
  await page.goto(`/orgs/${org.id}/members?tab=pending`);
  await page.getByRole('button', { name: `Delete invitation to ${third}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('row', { name: new RegExp(third!) })).toHaveCount(0);
  await page.goto(`/orgs/${org.id}/settings`);
  await section.getByLabel('Plan').selectOption('free');
  await section.getByRole('button', { name: 'Change plan' }).click();
  await expect(page.getByText('The organization is on the Free plan.')).toBeVisible();
  await page.reload();
  await expect(section).toContainText('The Free plan includes 3 seats; 3 are used (1 member, 2 pending invitations).');
  await shoot(page, 'settings-plan', section);

  // No seat left: the invitation is refused beside the emails, naming the limit, and the dialog stays open.
  await page.goto(`/orgs/${org.id}/members`);
  await page.getByRole('button', { name: 'Invite Members' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite Members' });
  const emails = dialog.getByLabel('Email');
  await emails.fill(`seat-d-${suffix}@example.test`);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(emails).toHaveAccessibleDescription(
    'Your Free plan includes 3 seats; 3 are used (1 member, 2 pending invitations). Remove a pending invitation or change the plan.',
  );
  await expectAccessible(page, 'invitation beyond the seats');
  await page.keyboard.press('Escape');
  await page.goto(`/orgs/${org.id}/members?tab=pending`);
  await expect(page.getByRole('row', { name: new RegExp(`seat-d-${suffix}`) })).toHaveCount(0);

  // The Admin's Costs page shows the plan full, with the way to change it.
  await page.goto(`/orgs/${org.id}/costs`);
  const card = page.getByRole('region', { name: /^Plan/ });
  await expect(card.getByRole('meter', { name: 'Seats used' })).toHaveAttribute('aria-valuetext', '3 of 3 seats used (100%)');
  await expect(card.getByRole('link', { name: 'Change plan' })).toHaveAttribute('href', `/orgs/${org.id}/settings#plan-heading`);
});

test('the Financial Manager sees usage against the plan on Costs', async ({ page }) => {
  await signIn(page, 'finance@acme.test', 'roster-demo-2026');
  await page.goto('/orgs/acme-ml/costs');
  const card = page.getByRole('region', { name: 'Plan · Business' });
  await expect(card).toBeVisible();
  const seats = card.getByRole('meter', { name: 'Seats used' });
  await expect(seats).toHaveAttribute('aria-valuetext', /^\d+ of 50 seats used \(\d+%\)$/);
  const usage = card.getByRole('meter', { name: 'Included usage used this month' });
  await expect(usage).toHaveAttribute('aria-valuetext', /^\$[\d,.]+ of \$15,000 included \(\d+%\)$/);
  await expect(card).toContainText(/of \$15,000 included/);
  // Changing the plan is the Admins' (org.settings): no way to it here.
  await expect(card.getByRole('link', { name: 'Change plan' })).toHaveCount(0);
  await expectAccessible(page, 'costs with the plan');
  await shoot(page, 'costs');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: `${SHOTS}/costs-360.png`, fullPage: true });
});
