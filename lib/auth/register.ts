import 'server-only';
import { createElement } from 'react';
import type { Tx } from '@/db';
import type { CommandContext } from '@/domain/context';
import { fieldError } from '@/domain/errors';
import { hashPassword } from './password';
import {
  createEmailVerificationToken,
  deleteUnverifiedUser,
  EMAIL_VERIFICATION_HOURS,
  findUserIdByEmail,
  insertUser,
} from '@/db/queries/users';
import { queueEmail, deliverEmail } from '@/lib/email/outbox';
import { acceptInvitation } from '@/domain/invitations/answer-invitation';
import { appUrl } from '@/lib/env';
import VerifyEmail, { verifyEmailSubject } from '@/emails/verify-email';
import type { z } from 'zod';
import type { signUpSchema } from '@/lib/validations/auth';

export async function sendVerificationEmail(
  tx: Tx,
  afterCommit: CommandContext['afterCommit'],
  user: { id: string; email: string; name: string },
): Promise<void> {
  const token = await createEmailVerificationToken(tx, user);
  const url = `${appUrl()}/verify-email?token=${encodeURIComponent(token)}`;
  const emailId = await queueEmail(tx, {
    to: user.email,
    subject: verifyEmailSubject(),
    template: 'verify-email',
    element: createElement(VerifyEmail, { name: user.name, url, expiresInHours: EMAIL_VERIFICATION_HOURS }),
  });
  afterCommit(() => deliverEmail(emailId));
}

/**
 * Creates the account and queues its verification email in one transaction. An address is not taken
 * until it is proven: an account nobody verified is deleted and created anew for whoever signs up now
 * (its sessions, password and anything it made go with it — never merged into the new one).
 */
export async function registerUser(
  ctx: { tx: Tx; afterCommit: CommandContext['afterCommit'] },
  input: z.output<typeof signUpSchema>,
): Promise<{ userId: string; joinedOrgId: string | null }> {
  await deleteUnverifiedUser(ctx.tx, input.email);
  if (await findUserIdByEmail(ctx.tx, input.email)) {
    throw fieldError('email', 'An account with this email already exists. Sign in instead.');
  }
  const user = await insertUser(ctx.tx, { name: input.name, email: input.email, passwordHash: await hashPassword(input.password) });
  if (input.inviteToken) {
    // Signing up from an invitation link: the token proves the address, so the invitation is accepted
    // (and the email verified) in the same transaction that creates the account.
    const actor = { kind: 'user' as const, ...user, name: input.name };
    const joined = await acceptInvitation({ ...ctx, actor }, { token: input.inviteToken });
    return { userId: user.id, joinedOrgId: joined.orgId };
  }
  await sendVerificationEmail(ctx.tx, ctx.afterCommit, { id: user.id, email: user.email, name: input.name });
  return { userId: user.id, joinedOrgId: null };
}
