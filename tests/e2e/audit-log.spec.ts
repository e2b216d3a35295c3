import { expect, test, type Browser, type Page } from '@playwright/test';
import { createOrganization, expectAccessible, inviteMembers, mailboxMessage, signUp, signUpVerified, uniqueSuffix } from './helpers';

const password = 'a long test password';
const shots = '.data/tmp/shots-audit';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('audit log sentence for a role change', async ({ browser }) => {
  const suffix = uniqueSuffix();
  const admin = await newPage(browser);
  await signUpVerified(admin, { name: 'Audra Admin', email: `audra-${suffix}@example.test`, password });
  const org = { name: `Audit Lab ${suffix}`, id: `audit-${suffix}`, billingEmail: 'billing@lab.test' };
  await createOrganization(admin, org);

  const member = await newPage(browser);
  const memberEmail = `tess-${suffix}@example.test`;
  await signUp(member, { name: 'Tess Team', email: memberEmail, password });
  await inviteMembers(admin, org.id, memberEmail, 'Team Contributor (select apps)');
  await member.goto(`/dev/mailbox?to=${encodeURIComponent(memberEmail)}`);
  await mailboxMessage(member, new RegExp(org.name)).getByRole('link', { name: 'View invitation' }).click();
  await member.getByRole('button', { name: 'Accept' }).click();
  await expect(member).toHaveURL(new RegExp(`/orgs/${org.id}$`));

  await admin.goto(`/orgs/${org.id}/members`);
  await admin.getByLabel(`Role for ${memberEmail}`).selectOption({ label: 'Infrastructure Manager' });
  await admin
    .getByRole('dialog', { name: `Change ${memberEmail} to Infrastructure Manager?` })
    .getByRole('button', { name: 'Confirm' })
    .click();
  await expect(admin.getByText(`${memberEmail} is now Infrastructure Manager.`)).toBeVisible();

  // Filtered by the action's label; the URL keeps its key.
  await admin.goto(`/orgs/${org.id}/audit-log`);
  await admin.getByLabel('Action').selectOption({ label: 'Role changed' });
  await admin.getByRole('button', { name: 'Filter' }).click();
  await expect(admin).toHaveURL(/action=member\.role_changed/);
  const row = admin.getByRole('table', { name: 'Audit events' }).getByRole('row').nth(1);
  await expect(row).toContainText('Audra Admin changed Tess Team from Team Contributor (select apps) to Infrastructure Manager');
  await expect(admin.getByRole('table', { name: 'Audit events' }).getByRole('row')).toHaveCount(2);
  await row.getByText('Details').click();
  await expect(row.getByRole('definition').filter({ hasText: '→' })).toHaveText('Team Contributor (select apps) → Infrastructure Manager');
  await expect(admin.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
    'href',
    `/orgs/${org.id}/audit-log/export?action=member.role_changed`,
  );

  // The export, as the browser downloads it: the header and the one matching event.
  const csv = await admin.request.get(`/orgs/${org.id}/audit-log/export?action=member.role_changed`);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await csv.text()).trimEnd().split('\n');
  expect(lines[0]).toBe('time,actor,actor kind,action,sentence,target,details');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('Audra Admin changed Tess Team from Team Contributor (select apps) to Infrastructure Manager');

  for (const width of [1440, 390]) {
    await admin.setViewportSize({ width, height: 900 });
    await admin.goto(`/orgs/${org.id}/audit-log`);
    await expect(admin.getByText('Audra Admin invited')).toBeVisible();
    await expectAccessible(admin, `audit log at ${width}`);
    // No sideways scrolling on a phone: the log and its rows fit the page (the top bar is the shell's).
    const main = admin.getByRole('main');
    expect(await main.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const overflowing = await main.evaluate((el) =>
      [...el.querySelectorAll('*')]
        // Clipped on purpose: text for screen readers only.
        .filter((child) => !child.classList.contains('sr-only'))
        .filter((child) => child.scrollWidth > child.clientWidth + 1 && getComputedStyle(child).overflowX !== 'visible')
        .map((child) => `${child.tagName}.${child.className}`),
    );
    expect(overflowing).toEqual([]);
    await admin.getByText('Details').first().click();
    await expect(admin.getByRole('definition').first()).toBeVisible();
    await admin.screenshot({ path: `${shots}/audit-log-${width}.png`, fullPage: true });

    await admin.goto(`/orgs/${org.id}/audit-log?member=nobody-${suffix}`);
    await expect(admin.getByText('No events match these filters.')).toBeVisible();
    await expectAccessible(admin, `audit log, nothing matches, at ${width}`);
    await admin.screenshot({ path: `${shots}/audit-log-none-${width}.png` });
  }
  await admin.getByRole('main').getByRole('link', { name: 'Clear filters' }).first().click();
  await expect(admin).toHaveURL(new RegExp(`/orgs/${org.id}/audit-log$`));

  // A member who may not read the log cannot export it either.
  expect((await member.request.get(`/orgs/${org.id}/audit-log/export`)).status()).toBe(404);
});
