import { z } from 'zod';
import { emailSchema, nameSchema } from './common';

export const signUpSchema = z.object({
  name: nameSchema('your name'),
  email: emailSchema,
  password: z.string().min(8, 'Use at least 8 characters.').max(200, 'Use at most 200 characters.'),
  /** Raw invitation token when signing up from an invitation link (proves the email; issue 3). */
  inviteToken: z.string().max(200).optional(),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(200, 'Use at most 200 characters.'),
  callbackUrl: z.string().max(500).optional(),
});
export type SignInInput = z.input<typeof signInSchema>;

export const signInLinkSchema = z.object({ email: emailSchema });
export type SignInLinkInput = z.input<typeof signInLinkSchema>;
