'use server';

import { orgAction, userAction } from '@/lib/actions/wrapper';
import { createOrganizationSchema, deleteOrganizationSchema, leaveOrganizationSchema } from '@/lib/validations/organization';
import { createOrganization, deleteOrganization, leaveOrganization } from '@/db/queries/organizations';

export const createOrganizationAction = userAction({
  schema: createOrganizationSchema,
  run: ({ tx, user }, input) => createOrganization(tx, user, input),
});

export const leaveOrganizationAction = orgAction({
  schema: leaveOrganizationSchema,
  permission: 'org.leave',
  serialize: true,
  run: async ({ tx, user, orgId, role }) => {
    await leaveOrganization(tx, orgId, user.id, role);
    return null;
  },
});

export const deleteOrganizationAction = orgAction({
  schema: deleteOrganizationSchema,
  permission: 'org.delete',
  run: async ({ tx, orgId }, input) => {
    await deleteOrganization(tx, orgId, input.confirmation);
    return null;
  },
});
