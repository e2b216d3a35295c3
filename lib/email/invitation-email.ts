import 'server-only';
import { createElement } from 'react';
import { render } from '@react-email/render';
import InvitationEmail, { invitationSubject, type InvitationEmailProps } from '@/emails/invitation';
import { appUrl } from '@/lib/env';
import type { RenderedEmail } from './outbox';

/**
 * Stands for the token while the invitation email is rendered: as long as a real one (32 bytes in base64url)
 * so the plain-text version wraps exactly as it would around the token.
 */
const TOKEN_PLACEHOLDER = 'RosterInvitationTokenPlaceholder00000000000';

/**
 * The invitation email for one batch, as a function of each address's token. The emails differ only by
 * the link, so the email is rendered once and the token put in per address: inviting 1,000 addresses
 * renders once, not 1,000 times.
 */
export async function invitationEmailFor(
  props: Omit<InvitationEmailProps, 'url'>,
): Promise<(invitation: { email: string; token: string }) => RenderedEmail> {
  const element = createElement(InvitationEmail, { ...props, url: `${appUrl()}/invite/${TOKEN_PLACEHOLDER}` });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const subject = invitationSubject(props);
  return ({ email, token }) => ({
    to: email,
    subject,
    template: 'invitation',
    html: html.replaceAll(TOKEN_PLACEHOLDER, token),
    text: text.replaceAll(TOKEN_PLACEHOLDER, token),
  });
}
