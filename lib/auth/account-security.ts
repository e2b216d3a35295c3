import 'server-only';
import { createElement } from 'react';
import { getDb, type Tx } from '@/db';
import { notifyPendingInvitationsFor } from '@/domain/invitations/notify-invitees';
import { deleteSession, deleteSessionsOf } from '@/db/queries/sessions';
import {
  consumePasswordResetToken,
  createPasswordResetToken,
  findAccountByEmail,
  findPasswordHash,
  markEmailVerified,
  PASSWORD_RESET_MINUTES,
  setPasswordHash,
  takeEmailVerificationToken,
} from '@/db/queries/users';
import { ActionError, fieldError } from '@/domain/errors';
import { afterResponse } from '@/lib/after-response';
import { deliverEmail, queueEmail } from '@/lib/email/outbox';
import { appUrl } from '@/lib/env';
import { consumeLimit, retryAfterText, type LimitCheck } from '@/lib/limits';
import PasswordReset, { passwordResetSubject } from '@/emails/password-reset';
import { verifyPassword } from './password';
import { clearSignInFailures, reserveSignInAttempt } from './sign-in-limits';

/**
 * Someone proved they receive this account's email (a sign-in link, a verification link opened outside
 * the account's own session, a reset link) while the address was unproven: whoever chose the password
 * may have been someone else, so the password is discarded and every session ends. Never merged: the
 * prover keeps the account, the creator keeps nothing.
 */
export async function claimUnprovenAddress(tx: Tx, user: { id: string; email: string }): Promise<boolean> {
  if (!(await proveAddress(tx, user))) return false;
  await setPasswordHash(tx, user.id, null);
  await deleteSessionsOf(tx, user.id, null);
  return true;
}

/** Marks the address proven and delivers its pending invitations to the bar; false when it already was. */
async function proveAddress(tx: Tx, user: { id: string; email: string }): Promise<boolean> {
  if (!(await markEmailVerified(tx, user.id))) return false;
  await notifyPendingInvitationsFor(tx, user.email);
  return true;
}

export type VerificationOutcome = { status: 'verified' } | { status: 'claimed'; resetToken: string } | { status: 'invalid' };

/**
 * The link of the verification email. Opened in the session of the account that asked for it, the
 * address is simply verified. Opened anywhere else, the opener proves the address but not that they chose
 * the password: the address is claimed (claimUnprovenAddress) and they go on to choose a password.
 */
export async function verifyEmailWithLink(token: string, viewer: { userId: string } | null): Promise<VerificationOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const used = await takeEmailVerificationToken(tx, token);
    if (!used) return { status: 'invalid' };
    if (viewer?.userId === used.userId) {
      await proveAddress(tx, { id: used.userId, email: used.email });
      return { status: 'verified' };
    }
    if (!(await claimUnprovenAddress(tx, { id: used.userId, email: used.email }))) return { status: 'verified' };
    return { status: 'claimed', resetToken: await createPasswordResetToken(tx, { id: used.userId, email: used.email }) };
  });
}

/**
 * Forgot password: the same answer, in the same time, whether or not the address has an account — the
 * email is written and sent after the response. Limited per address like every email a stranger can
 * make Roster send.
 */
export async function requestPasswordReset(email: string): Promise<LimitCheck> {
  const allowed = await consumeLimit('emailsPerAddress', email);
  if (!allowed.ok) return allowed;
  afterResponse(() => sendPasswordResetIfAccount(email));
  return { ok: true };
}

async function sendPasswordResetIfAccount(email: string): Promise<void> {
  const db = await getDb();
  const emailId = await db.transaction(async (tx) => {
    const account = await findAccountByEmail(tx, email);
    if (!account) return null;
    const token = await createPasswordResetToken(tx, account);
    const url = `${appUrl()}/reset-password?token=${encodeURIComponent(token)}`;
    return queueEmail(tx, {
      to: account.email,
      subject: passwordResetSubject(),
      template: 'password-reset',
      element: createElement(PasswordReset, { url, expiresInMinutes: PASSWORD_RESET_MINUTES }),
    });
  });
  if (emailId) await deliverEmail(emailId);
}

/**
 * A reset link and a new password: the password is replaced, the address counts as proven (the link
 * came to it) and every session of the account ends. Returns the account's address for signing in.
 */
export async function resetPassword(tx: Tx, token: string, newPasswordHash: string): Promise<{ email: string }> {
  const used = await consumePasswordResetToken(tx, token);
  if (!used) throw new ActionError('NOT_FOUND', 'This reset link is invalid, used or expired. Ask for a new one.');
  await setPasswordHash(tx, used.userId, newPasswordHash);
  await proveAddress(tx, { id: used.userId, email: used.email });
  await deleteSessionsOf(tx, used.userId, null);
  return { email: used.email };
}

/**
 * Before a password change: the current password is required (when the account has one) and each try
 * counts against the sign-in limits, so the form cannot be used to guess it. Runs outside any
 * transaction, so a wrong guess stays counted. Null when the change may go ahead.
 */
export async function checkCurrentPassword(
  user: { id: string; email: string },
  currentPassword: string | undefined,
  ip: string | null,
): Promise<ActionError | null> {
  const db = await getDb();
  const stored = await findPasswordHash(db, user.id);
  if (!stored) return null;
  const allowed = await reserveSignInAttempt(user.email, ip);
  if (!allowed.ok) return fieldError('currentPassword', `Too many wrong passwords. Try again ${retryAfterText(allowed.retryAfterS)}.`);
  if (!(await verifyPassword(stored, currentPassword ?? ''))) return fieldError('currentPassword', 'This is not your current password.');
  await clearSignInFailures(user.email, ip);
  return null;
}

/** Sets the new password and ends every other session of the user. */
export async function replacePassword(tx: Tx, user: { id: string; sessionId: string }, newPasswordHash: string): Promise<void> {
  await setPasswordHash(tx, user.id, newPasswordHash);
  await deleteSessionsOf(tx, user.id, user.sessionId);
}

/** Ends one of the user's own sessions (the current one included: the caller then clears its cookie). */
export async function revokeSession(tx: Tx, userId: string, sessionId: string): Promise<void> {
  if (!(await deleteSession(tx, userId, sessionId))) throw new ActionError('NOT_FOUND', 'That session has already ended.');
}

/** Signs the user out of every browser, this one included. */
export async function endAllSessions(tx: Tx, userId: string): Promise<number> {
  return deleteSessionsOf(tx, userId, null);
}
