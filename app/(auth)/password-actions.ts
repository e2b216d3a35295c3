'use server';

import { emailPasswordReset, resetPasswordAndSignIn } from '@/lib/actions/password-flows';

// Both drive Auth.js or end sessions; their doors are in lib/actions/password-flows.ts.
export const requestPasswordResetAction = emailPasswordReset;
export const resetPasswordAction = resetPasswordAndSignIn;
