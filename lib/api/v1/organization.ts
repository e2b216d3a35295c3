import 'server-only';
import { z } from 'zod';
import { countMembersAndPending } from '@/db/queries/members';
import { findOrganization } from '@/db/queries/organizations';
import { ActionError, NOT_FOUND_MESSAGE } from '@/domain/errors';
import { tokenCan } from '@/lib/api/authenticate';
import { defineOperation } from '@/lib/api/operation';
import { PLAN_KEYS } from '@/lib/billing/plans';
import { orgParams, roleField, timestamp } from './common';

const organizationSchema = z
  .object({
    id: z.string().meta({ description: 'The organization ID (its slug); it never changes.' }),
    name: z.string(),
    plan: z.enum(PLAN_KEYS).meta({ description: 'The pricing plan: how many seats it has.' }),
    created_at: timestamp,
    member_count: z.number().int().meta({ description: 'Members now.' }),
    pending_invitation_count: z.number().int().meta({ description: 'Invitations waiting for an answer (expired ones included).' }),
    role: roleField.meta({ description: "The token owner's role in the organization now." }),
    billing_email: z
      .email()
      .optional()
      .meta({ description: 'Where billing mail goes. Only for a token that may edit the settings (org.settings scope, Admin role).' }),
  })
  .meta({ id: 'Organization', description: "The token's organization." });

export const getOrganizationRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}',
  operationId: 'getOrganization',
  summary: 'Get the organization',
  description: 'Any live token may read its own organization; `billing_email` is shown only to those who may edit the settings.',
  tag: 'Organization',
  scope: null,
  params: orgParams,
  success: { status: 200, description: 'The organization.', schema: organizationSchema },
  handle: async ({ db, params, caller }) => {
    const org = await findOrganization(db, params.orgId);
    if (!org) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
    const counts = await countMembersAndPending(db, params.orgId);
    return {
      body: {
        id: org.id,
        name: org.name,
        plan: org.plan,
        created_at: org.createdAt.toISOString(),
        member_count: counts.members,
        pending_invitation_count: counts.pending,
        role: caller.role,
        // The browser shows the billing address on the settings page only, which needs org.settings.
        ...(tokenCan(caller, 'org.settings') ? { billing_email: org.billingEmail } : {}),
      },
    };
  },
});
