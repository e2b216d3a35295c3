'use server';

import { userAction } from '@/lib/actions/wrapper';
import { changePasswordChecked, endEverySession, endOneSession } from '@/lib/actions/password-flows';
import { updateProfile } from '@/domain/accounts/update-profile';
import { profileSchema } from '@/lib/validations/account';

export const updateProfileAction = userAction({ schema: profileSchema, run: updateProfile });

// Passwords and sessions drive Auth.js; their doors are in lib/actions/password-flows.ts.
export const changePasswordAction = changePasswordChecked;
export const revokeSessionAction = endOneSession;
export const signOutEverywhereAction = endEverySession;
