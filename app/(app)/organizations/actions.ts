'use server';

import { orgAction, userAction } from '@/lib/actions/wrapper';
import { createOrganizationSchema, deleteOrganizationSchema, leaveOrganizationSchema } from '@/lib/validations/organization';
import { createOrganization, deleteOrganization } from '@/db/queries/organizations';
import { leaveOrganization } from '@/domain/members/leave-organization';

export const createOrganizationAction = userAction({
  schema: createOrganizationSchema,
  run: ({ tx, user }, input) => createOrganization(tx, user, input),
});

export const leaveOrganizationAction = orgAction({
  schema: leaveOrganizationSchema,
  serialize: true,
  run: (ctx) => leaveOrganization(ctx),
});

export const deleteOrganizationAction = orgAction({
  schema: deleteOrganizationSchema,
  permission: 'org.delete',
  run: async ({ tx, orgId }, input) => {
    await deleteOrganization(tx, orgId, input.confirmation);
    return null;
  },
});
