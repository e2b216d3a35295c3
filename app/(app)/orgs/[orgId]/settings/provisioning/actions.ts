'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { disableScim, issueScimToken, setScimRole } from '@/domain/scim/connection';
import { setScimGroupRole } from '@/domain/scim/groups';
import { scimConnectionSchema, scimDefaultRoleSchema, scimGroupRoleSchema } from '@/lib/validations/scim';

export const issueScimTokenAction = orgAction({ schema: scimConnectionSchema, run: (ctx) => issueScimToken(ctx) });

export const setScimRoleAction = orgAction({ schema: scimDefaultRoleSchema, run: (ctx, input) => setScimRole(ctx, { role: input.role }) });

export const disableScimAction = orgAction({ schema: scimConnectionSchema, run: (ctx) => disableScim(ctx) });

export const setScimGroupRoleAction = orgAction({
  schema: scimGroupRoleSchema,
  run: (ctx, input) => setScimGroupRole(ctx, { groupId: input.groupId, role: input.role === 'none' ? null : input.role }),
});
