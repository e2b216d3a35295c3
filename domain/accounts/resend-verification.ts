import 'server-only';
import { sendVerificationEmail } from '@/lib/auth/register';
import { requireAllowance } from '@/lib/limits';
import type { ActorCommandContext } from '../context';

/** Sends the actor a new verification link, within the address's email allowance; nothing to do once verified. */
export async function resendVerification(ctx: ActorCommandContext): Promise<{ alreadyVerified: boolean }> {
  const { actor } = ctx;
  if (actor.emailVerified) return { alreadyVerified: true };
  await requireAllowance(ctx.tx, 'emailsPerAddress', actor.email, 1, 'Too many emails were sent to this address.');
  await sendVerificationEmail(ctx.tx, ctx.afterCommit, { id: actor.id, email: actor.email, name: actor.name ?? actor.email });
  return { alreadyVerified: false };
}
