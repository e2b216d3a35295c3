import { describe, expect, it } from 'vitest';
import { render } from '@react-email/render';
import InvitationEmail, { invitationSubject } from '../../emails/invitation';
import VerifyEmail from '../../emails/verify-email';
import SignInLink from '../../emails/sign-in-link';

const invitation = {
  orgName: 'Acme & Co',
  inviterName: 'Ada "Admin" Lovelace',
  roleLabel: 'Organization User (all apps)',
  url: 'https://roster.example.com/invite/tok_123',
  expiresAt: new Date('2026-12-06T12:00:00Z'),
};

describe('invitation email', () => {
  it('names the organization, inviter, role, link and expiry in HTML', async () => {
    const html = await render(<InvitationEmail {...invitation} />);
    expect(html).toContain('Acme &amp; Co');
    expect(html).toContain('Ada &quot;Admin&quot; Lovelace');
    expect(html).toContain('Organization User (all apps)');
    expect(html).toContain('href="https://roster.example.com/invite/tok_123"');
    expect(html).toContain('December 6, 2026');
    expect(html).toMatch(/^<!DOCTYPE html/);
  });

  it('has a plain-text part with the same facts and the raw link', async () => {
    const text = await render(<InvitationEmail {...invitation} />, { plainText: true });
    expect(text).toContain('Acme & Co');
    expect(text).toContain('Organization User (all apps)');
    expect(text).toContain('https://roster.example.com/invite/tok_123');
    expect(text).toContain('December 6, 2026');
    expect(text).not.toMatch(/<\/?(p|a|div|table|td)\b/);
  });

  it('has a subject naming inviter and organization', () => {
    expect(invitationSubject(invitation)).toBe('Ada "Admin" Lovelace invited you to join Acme & Co on Roster');
  });
});

describe('account emails', () => {
  it.each([
    [
      'verify email',
      <VerifyEmail key="v" name="Ada" url="https://x.test/verify-email?token=t1" expiresInHours={24} />,
      'https://x.test/verify-email?token=t1',
      '24 hours',
    ],
    [
      'sign-in link',
      <SignInLink key="s" url="https://x.test/api/auth/callback/email-link?token=t2" expiresInMinutes={15} />,
      'token=t2',
      '15 minutes',
    ],
  ])('%s renders its link and expiry in both parts', async (_name, element, link, expiry) => {
    const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
    expect(html).toContain(link.replace(/&/g, '&amp;'));
    expect(text).toContain(link);
    expect(text).toContain(expiry);
  });
});
