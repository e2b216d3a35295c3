import 'server-only';
import { consumeLimit, resetLimit, rewardLimit, type LimitCheck } from '@/lib/limits';

const UNKNOWN_IP = 'unknown';

/**
 * Takes one attempt from the address's and the IP's allowance of failed sign-ins before any password
 * is hashed, atomically, so a flood of parallel guesses gets no more hashes than the limit. A correct
 * password gives them back (clearSignInFailures).
 */
export async function reserveSignInAttempt(email: string, ip: string | null): Promise<LimitCheck> {
  const account = await consumeLimit('signInPerAccount', email);
  if (!account.ok) return account;
  const byIp = await consumeLimit('signInPerIp', ip ?? UNKNOWN_IP);
  if (!byIp.ok) await rewardLimit('signInPerAccount', email);
  return byIp;
}

/** After a correct password: the address starts afresh, and the IP's attempt is not held against it. */
export async function clearSignInFailures(email: string, ip: string | null): Promise<void> {
  await resetLimit('signInPerAccount', email);
  await rewardLimit('signInPerIp', ip ?? UNKNOWN_IP);
}
