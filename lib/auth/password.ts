import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's second recommended profile (19 MiB, 2 passes): strong, and fast enough that
// sign-up and sign-in stay well under 100 ms on two cores.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** How many password checks this process ran (each an argon2 hash): tests prove a limited sign-in costs none. */
export const passwordChecks = { count: 0 };

// Verified against when the email is unknown, so both answers take the same time (no enumeration).
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  passwordChecks.count += 1;
  if (!passwordHash) {
    dummyHash ??= hashPassword('roster-timing-equalizer');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
