import { z } from 'zod';
import { emailSchema, nameSchema } from './common';
import { signUpSchema } from './auth';

const newPassword = signUpSchema.shape.password;

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z.object({
  token: z.string().min(1, 'This reset link is incomplete.').max(200, 'This reset link is invalid.'),
  newPassword,
});
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().max(200, 'Use at most 200 characters.').optional(),
  newPassword,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const profileSchema = z.object({ name: nameSchema('your name') });
export type ProfileInput = z.input<typeof profileSchema>;

export const sessionIdSchema = z.object({ sessionId: z.string().min(1).max(64) });
