import { z } from 'zod';
import { multilineTextSchema, nameSchema, slugSchema } from './common';
import { orgScopedSchema } from './organization';
import { teamLevelSchema } from './teams';
import { APP_VISIBILITIES } from '@/lib/permissions';

export const appSlugSchema = slugSchema('App ID');

export const createAppSchema = z.object({
  /** Absent: a personal app of the signed-in user. */
  orgId: z.string().min(1).max(48).optional(),
  slug: appSlugSchema,
  name: nameSchema('an app name'),
});
export type CreateAppInput = z.input<typeof createAppSchema>;
export const createOrgAppSchema = createAppSchema.extend({ orgId: z.string().min(1).max(48) });

export const appRefSchema = orgScopedSchema.extend({ appId: z.uuid() });
export const updateAppDetailsSchema = appRefSchema.extend({
  name: nameSchema('an app name'),
  description: multilineTextSchema(2000, 'Keep the description under 2,000 characters.'),
  notes: multilineTextSchema(10000, 'Keep the notes under 10,000 characters.'),
});
export const deleteAppSchema = appRefSchema.extend({ confirmation: z.string().trim() });
/** Private, or open to every member of the organization (view-only). */
export const changeAppVisibilitySchema = appRefSchema.extend({
  visibility: z.enum(APP_VISIBILITIES, 'Choose Private or Organization.'),
});
export type ChangeAppVisibilityInput = z.input<typeof changeAppVisibilitySchema>;
export const appTeamAccessSchema = appRefSchema.extend({ teamId: z.string().min(1).max(48), permission: teamLevelSchema });
export const appTeamRefSchema = appRefSchema.extend({ teamId: z.string().min(1).max(48) });

export const transferAppSchema = z.object({
  appId: z.uuid(),
  orgId: z.string().min(1, 'Choose an organization.').max(48),
  newName: z.union([z.literal(''), nameSchema('an app name')]).optional(),
  newSlug: z.union([z.literal(''), appSlugSchema]).optional(),
});
export type TransferAppInput = z.input<typeof transferAppSchema>;

/** Renaming an org app's App ID (‡): the same rule as at creation; the field is `slug`, like there. */
export const changeAppIdSchema = appRefSchema.extend({ slug: appSlugSchema });

/**
 * Moving an org app to another organization: `orgId` is where it is now (the action's scope),
 * `toOrgId` where it goes; the optional name and App ID as for a personal app's transfer.
 */
export const transferOrgAppSchema = appRefSchema.extend({
  toOrgId: z.string().min(1, 'Choose an organization.').max(48),
  newName: transferAppSchema.shape.newName,
  newSlug: transferAppSchema.shape.newSlug,
});

/** The Add Team search box: what the user typed, trimmed. */
export const appTeamSearchSchema = appRefSchema.extend({ q: z.string().trim().max(100, 'Keep the search under 100 characters.') });
