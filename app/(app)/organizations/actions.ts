'use server';

import { orgAction, userAction } from '@/lib/actions/wrapper';
import {
  createOrganizationSchema,
  deleteOrganizationSchema,
  leaveOrganizationSchema,
  updateOrganizationSchema,
} from '@/lib/validations/organization';
import { createOrganization } from '@/domain/organizations/create-organization';
import { deleteOrganization } from '@/domain/organizations/delete-organization';
import { updateOrganization } from '@/domain/organizations/update-organization';
import { leaveOrganization } from '@/domain/members/leave-organization';

export const createOrganizationAction = userAction({ schema: createOrganizationSchema, run: createOrganization });

export const leaveOrganizationAction = orgAction({
  schema: leaveOrganizationSchema,
  serialize: true,
  run: (ctx) => leaveOrganization(ctx),
});

export const updateOrganizationAction = orgAction({
  schema: updateOrganizationSchema,
  run: (ctx, input) =>
    updateOrganization(ctx, {
      name: input.name,
      billingEmail: input.billingEmail,
      allowTokensWithoutExpiry: input.allowTokensWithoutExpiry,
    }),
});

export const deleteOrganizationAction = orgAction({
  schema: deleteOrganizationSchema,
  run: (ctx, input) => deleteOrganization(ctx, { confirmation: input.confirmation }),
});
