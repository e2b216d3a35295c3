import 'server-only';
import { createElement } from 'react';
import type { Executor } from '@/db';
import ScimWelcome, { scimWelcomeSubject } from '@/emails/scim-welcome';
import { appUrl } from '@/lib/env';
import { queueEmail } from './outbox';

/** Queues the welcome email of an account SCIM provisioning made; its link leads to a sign-in link for the address. */
export function queueScimWelcome(executor: Executor, welcome: { orgName: string; email: string }): Promise<string> {
  const url = `${appUrl()}/sign-in?email=${encodeURIComponent(welcome.email)}`;
  return queueEmail(executor, {
    to: welcome.email,
    subject: scimWelcomeSubject(welcome.orgName),
    template: 'scim-welcome',
    element: createElement(ScimWelcome, { ...welcome, url }),
  });
}
