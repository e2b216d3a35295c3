import { expect, test, type Browser, type Page } from '@playwright/test';
import { createOrganization, expectAccessible, inviteMembers, mailboxMessage, signUp, signUpVerified, uniqueSuffix } from './helpers';

const password = 'a long test password';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function adminWithOrg(browser: Browser, suffix: string) {
  const page = await newPage(browser);
  await signUpVerified(page, { name: 'Olga Owner', email: `owner-${suffix}@example.test`, password });
  const org = { name: `Members Lab ${suffix}`, id: `members-${suffix}`, billingEmail: 'billing@lab.test' };
  await createOrganization(page, org);
  return { page, org };
}

test('invite a person without an account: email, sign up from its link, member with the chosen role', async ({ browser }) => {
  const suffix = uniqueSuffix();
  const { page: admin, org } = await adminWithOrg(browser, suffix);
  const email = `newcomer-${suffix}@example.test`;

  await admin.getByRole('button', { name: 'Account menu' }).click();
  await admin.getByRole('menuitem', { name: 'Members' }).click();
  await expect(admin).toHaveURL(new RegExp(`/orgs/${org.id}/members$`));
  await expectAccessible(admin, 'members');
  await inviteMembers(admin, org.id, email, 'Financial Manager');
  await admin.getByRole('tab', { name: 'Pending invitations' }).click();
  const row = admin.getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('Financial Manager');
  await expect(row).toContainText('Olga Owner');
  await expectAccessible(admin, 'pending invitations');

  const invitee = await newPage(browser);
  await invitee.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const message = mailboxMessage(invitee, `Olga Owner invited you to join ${org.name} on Roster`);
  await expect(message).toContainText('Financial Manager');
  await message.getByRole('link', { name: 'View invitation' }).click();
  await expect(invitee.getByRole('heading', { name: `Join ${org.name}` })).toBeVisible();
  await expectAccessible(invitee, 'invite page');
  await expect(invitee.getByLabel('Email')).toHaveValue(email);
  await expect(invitee.getByLabel('Email')).toHaveAttribute('readonly', '');
  await invitee.getByLabel('Name').fill('Nina Newcomer');
  await invitee.getByLabel('Password').fill(password);
  await invitee.getByRole('button', { name: 'Create account' }).click();
  // A Financial Manager sees no apps: the organization opens on Costs, its first area.
  await expect(invitee).toHaveURL(new RegExp(`/orgs/${org.id}/costs$`));
  await expect(invitee.getByRole('navigation', { name: 'Organization' })).toContainText('Financial Manager');
  // The link proved the address: no verification banner.
  await expect(invitee.getByRole('region', { name: 'Email verification' })).toHaveCount(0);

  await admin.reload();
  await expect(admin.locator('[data-hydrating]')).toHaveCount(0);
  // Tabs by keyboard (WAI-ARIA, manual activation): the arrow moves focus, Enter selects.
  await admin.getByRole('tab', { name: 'Pending invitations' }).focus();
  await admin.keyboard.press('ArrowLeft');
  await expect(admin.getByRole('tab', { name: 'Organization members' })).toBeFocused();
  await expect(admin.getByRole('tab', { name: 'Pending invitations' })).toHaveAttribute('aria-selected', 'true');
  await admin.keyboard.press('Enter');
  await expect(admin).toHaveURL(new RegExp(`/orgs/${org.id}/members$`));
  await expect(admin.getByRole('tab', { name: 'Organization members' })).toHaveAttribute('aria-selected', 'true');
  await expect(admin.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name: 'Members' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(admin.getByLabel(`Role for ${email}`)).toHaveValue('financial_manager');
});

test('an existing user accepts from the notification bar; another declines; a rescinded link is invalid', async ({ browser }) => {
  const suffix = uniqueSuffix();
  const { page: admin, org } = await adminWithOrg(browser, suffix);
  const accepting = await newPage(browser);
  const acceptEmail = `accepts-${suffix}@example.test`;
  await signUpVerified(accepting, { name: 'Ari Accepts', email: acceptEmail, password });
  const declining = await newPage(browser);
  const declineEmail = `declines-${suffix}@example.test`;
  await signUpVerified(declining, { name: 'Dee Declines', email: declineEmail, password });
  const rescindEmail = `rescinded-${suffix}@example.test`;

  await inviteMembers(admin, org.id, `${acceptEmail}, ${declineEmail}\n${rescindEmail}`, 'Organization User (all apps)');

  await accepting.goto('/organizations');
  await accepting.getByRole('button', { name: /Notifications, 1 unread/ }).click();
  const item = accepting.getByRole('listitem', { name: new RegExp(`invited you to join ${org.name}`) });
  await expect(item).toBeVisible(); // the bar loads its list when opened
  await expectAccessible(accepting, 'notification bar');
  await item.getByRole('button', { name: 'Accept' }).click();
  await expect(accepting).toHaveURL(new RegExp(`/orgs/${org.id}$`));
  await expect(accepting.getByRole('navigation', { name: 'Organization' })).toContainText('Organization User (all apps)');

  await declining.goto('/organizations');
  await declining.getByRole('button', { name: 'Notifications' }).click();
  await declining
    .getByRole('listitem', { name: new RegExp(org.name) })
    .getByRole('button', { name: 'Decline' })
    .click();
  await expect(declining.getByText(`You declined the invitation to ${org.name}.`)).toBeVisible();
  expect((await declining.goto(`/orgs/${org.id}`))?.status()).toBe(404);

  // Rescind: the emailed link shows the invalid page.
  await admin.goto(`/orgs/${org.id}/members?tab=pending`);
  await expect(admin.getByRole('row', { name: new RegExp(declineEmail) })).toHaveCount(0);
  await admin.getByRole('button', { name: `Delete invitation to ${rescindEmail}` }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(admin.getByRole('row', { name: new RegExp(rescindEmail) })).toHaveCount(0);
  const outsider = await newPage(browser);
  await outsider.goto(`/dev/mailbox?to=${encodeURIComponent(rescindEmail)}`);
  await mailboxMessage(outsider, new RegExp(org.name)).getByRole('link', { name: 'View invitation' }).click();
  await expect(outsider.getByRole('heading', { name: 'This invitation is no longer valid' })).toBeVisible();

  await admin.goto(`/orgs/${org.id}/members`);
  await expect(admin.getByRole('row', { name: new RegExp(acceptEmail) })).toBeVisible();
  await expect(admin.getByRole('row', { name: new RegExp(declineEmail) })).toHaveCount(0);
});

test('change a role, remove a member, and the last Admin cannot be demoted or removed', async ({ browser }) => {
  const suffix = uniqueSuffix();
  const { page: admin, org } = await adminWithOrg(browser, suffix);
  const ownerEmail = `owner-${suffix}@example.test`;
  const member = await newPage(browser);
  const memberEmail = `member-${suffix}@example.test`;
  await signUp(member, { name: 'Mo Member', email: memberEmail, password });
  await inviteMembers(admin, org.id, memberEmail, 'Organization User (all apps)');
  await member.goto(`/dev/mailbox?to=${encodeURIComponent(memberEmail)}`);
  await mailboxMessage(member, new RegExp(org.name)).getByRole('link', { name: 'View invitation' }).click();
  await member.getByRole('button', { name: 'Accept' }).click();
  await expect(member).toHaveURL(new RegExp(`/orgs/${org.id}$`));

  await admin.goto(`/orgs/${org.id}/members`);
  // A role change asks first and says what it does; nothing changes until Confirm.
  await admin.getByLabel(`Role for ${memberEmail}`).selectOption({ label: 'Team Contributor (select apps)' });
  let preview = admin.getByRole('dialog', { name: `Change ${memberEmail} to Team Contributor (select apps)?` });
  await expect(preview.getByText('Loses').first()).toBeVisible();
  await expect(preview.getByRole('region', { name: 'In the organization' }).getByText('Gains')).toBeVisible();
  await expectAccessible(admin, 'role change preview');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(admin.getByLabel(`Role for ${memberEmail}`)).toHaveValue('org_user');
  await expect(admin.getByLabel(`Role for ${memberEmail}`)).toBeFocused();
  await admin.reload();
  await expect(admin.getByLabel(`Role for ${memberEmail}`)).toHaveValue('org_user');

  await admin.getByLabel(`Role for ${memberEmail}`).selectOption({ label: 'Organization Contributor (all apps)' });
  preview = admin.getByRole('dialog', { name: `Change ${memberEmail} to Organization Contributor (all apps)?` });
  // This organization has no apps yet: the change is all at the organization level.
  await expect(preview.getByRole('region', { name: 'In the organization' }).getByText('Gains')).toBeVisible();
  await expect(preview.getByRole('region', { name: /^On / })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Confirm' }).click();
  await expect(admin.getByText(`${memberEmail} is now Organization Contributor (all apps).`)).toBeVisible();
  await member.reload();
  await expect(member.getByRole('navigation', { name: 'Organization' })).toContainText('Organization Contributor (all apps)');

  // Demoting the only Admin is refused before Confirm, and the select stays as it was.
  await admin.getByLabel(`Role for ${ownerEmail}`).selectOption({ label: 'Organization User (all apps)' });
  preview = admin.getByRole('dialog', { name: `Change ${ownerEmail} to Organization User (all apps)?` });
  await expect(preview.getByRole('alert')).toContainText('is the last Admin');
  await expect(preview.getByRole('button', { name: 'Confirm' })).toBeDisabled();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(admin.getByLabel(`Role for ${ownerEmail}`)).toHaveValue('admin');
  // Your own row offers Leave, not Remove; the last Admin cannot leave.
  const ownRow = admin.getByRole('row', { name: new RegExp(ownerEmail) });
  await expect(ownRow).toContainText('You');
  await expect(admin.getByRole('button', { name: `Remove ${ownerEmail}` })).toHaveCount(0);
  await ownRow.getByRole('button', { name: `Leave ${org.name}` }).click();
  await admin
    .getByRole('dialog', { name: `Leave ${org.name}?` })
    .getByRole('button', { name: 'Confirm' })
    .click();
  await expect(admin.getByRole('dialog').getByRole('alert')).toContainText('last Admin');
  await admin.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  // One dialog serves every row: closing it returns focus to the row's button that opened it.
  await expect(admin.getByRole('button', { name: `Leave ${org.name}` })).toBeFocused();

  await admin.getByRole('button', { name: `Remove ${memberEmail}` }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(admin.getByRole('row', { name: new RegExp(memberEmail) })).toHaveCount(0);
  await expectAccessible(admin, 'members after removal');
  expect((await member.goto(`/orgs/${org.id}`))?.status()).toBe(404);
  await member.getByRole('button', { name: 'Notifications' }).click();
  await expect(member.getByText(`You were removed from ${org.name}.`)).toBeVisible();
});
