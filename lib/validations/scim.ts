import { z } from 'zod';
import { ORG_ROLES } from '@/lib/permissions/roles';
import { orgScopedSchema } from './organization';

/** Turning provisioning on, or giving the connection a new token (the old one stops at once). */
export const scimConnectionSchema = orgScopedSchema;

/** The role given to the people SCIM provisions. */
export const scimDefaultRoleSchema = orgScopedSchema.extend({ role: z.enum(ORG_ROLES, 'Choose a role.') });

/** Maps an identity-provider group to a role, or (`none`) to no role. */
export const scimGroupRoleSchema = orgScopedSchema.extend({
  groupId: z.uuid('Choose a group.'),
  role: z.enum([...ORG_ROLES, 'none'], 'Choose a role.'),
});
