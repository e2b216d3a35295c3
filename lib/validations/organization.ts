import { z } from 'zod';
import { emailSchema, nameSchema, slugSchema } from './common';

export const orgIdSchema = slugSchema('Organization ID');

export const createOrganizationSchema = z.object({
  name: nameSchema('an organization name'),
  id: orgIdSchema,
  billingEmail: emailSchema,
});
export type CreateOrganizationInput = z.input<typeof createOrganizationSchema>;

/** Every org-scoped action names its organization; the wrapper checks membership with it. */
export const orgScopedSchema = z.object({ orgId: z.string().min(1).max(48) });

/**
 * Organization settings: the name shown everywhere, the address billing mail goes to, and whether tokens
 * may be made without an expiry date (left out: unchanged).
 */
export const updateOrganizationSchema = orgScopedSchema.extend({
  name: nameSchema('an organization name'),
  billingEmail: emailSchema,
  allowTokensWithoutExpiry: z.boolean('Choose whether tokens may have no expiry date.').optional(),
});
export type UpdateOrganizationInput = z.input<typeof updateOrganizationSchema>;

export const deleteOrganizationSchema = orgScopedSchema.extend({
  confirmation: z.string().trim(),
});
export type DeleteOrganizationInput = z.input<typeof deleteOrganizationSchema>;

export const leaveOrganizationSchema = orgScopedSchema;
