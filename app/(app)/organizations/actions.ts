'use server';

import { orgAction, userAction } from '@/lib/actions/wrapper';
import { createOrganizationSchema, deleteOrganizationSchema, leaveOrganizationSchema } from '@/lib/validations/organization';
import { createOrganization } from '@/domain/organizations/create-organization';
import { deleteOrganization } from '@/domain/organizations/delete-organization';
import { leaveOrganization } from '@/domain/members/leave-organization';

export const createOrganizationAction = userAction({ schema: createOrganizationSchema, run: createOrganization });

export const leaveOrganizationAction = orgAction({
  schema: leaveOrganizationSchema,
  serialize: true,
  run: (ctx) => leaveOrganization(ctx),
});

export const deleteOrganizationAction = orgAction({
  schema: deleteOrganizationSchema,
  run: (ctx, input) => deleteOrganization(ctx, { confirmation: input.confirmation }),
});
