'use server';

import { signOut } from '@/auth';
import { userAction } from '@/lib/actions/wrapper';
import { checkCurrentPassword, endAllSessions, replacePassword, revokeSession } from '@/lib/auth/account-security';
import { hashPassword } from '@/lib/auth/password';
import { getCurrentUser } from '@/lib/auth/session';
import type { ActionResult } from '@/lib/actions/result';
import { requestClient } from '@/lib/auth/client';
import { updateProfile } from '@/domain/accounts/update-profile';
import { changePasswordSchema, profileSchema, sessionIdSchema, type ChangePasswordInput } from '@/lib/validations/account';
import { z } from 'zod';

export const updateProfileAction = userAction({ schema: profileSchema, run: updateProfile });

const replace = userAction({
  schema: changePasswordSchema,
  async run({ tx, user }, input) {
    await replacePassword(tx, user, await hashPassword(input.newPassword));
    return null;
  },
});

/** Needs the current password (checked first, outside the change's transaction); every other session ends. */
export async function changePasswordAction(input: ChangePasswordInput): Promise<ActionResult<null>> {
  const user = await getCurrentUser();
  const parsed = changePasswordSchema.safeParse(input);
  // Signed out or malformed: the wrapper gives its usual answer.
  if (!user || !parsed.success) return replace(input);
  const refused = await checkCurrentPassword(user, parsed.data.currentPassword, (await requestClient()).ip);
  if (refused) return { ok: false, code: refused.code, message: refused.message, fieldErrors: refused.fieldErrors };
  return replace(parsed.data);
}

/** Ends one session; ending this browser's own also clears its cookie. */
export const revokeSessionAction = userAction({
  schema: sessionIdSchema,
  async run({ tx, user, afterCommit }, input) {
    await revokeSession(tx, user.id, input.sessionId);
    const current = input.sessionId === user.sessionId;
    if (current) afterCommit(() => signOut({ redirect: false }));
    return { signedOut: current };
  },
});

/** Signs out every browser, this one included. */
export const signOutEverywhereAction = userAction({
  schema: z.object({}),
  async run({ tx, user, afterCommit }) {
    const ended = await endAllSessions(tx, user.id);
    afterCommit(() => signOut({ redirect: false }));
    return { ended };
  },
});
