import 'server-only';
import { lockOrganizationSettings, updateOrganizationRow, type OrganizationSettings } from '@/db/queries/organizations';
import { ActionError, NOT_FOUND_MESSAGE } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/** Renames the organization and sets its billing email; the audit event keeps each changed value and what it replaced. */
export async function updateOrganization(ctx: OrgCommandContext, input: OrganizationSettings): Promise<OrganizationSettings> {
  authorize(ctx, 'org.settings');
  // The door read the actor's membership, so the organization exists; the lock orders concurrent saves.
  const current = await lockOrganizationSettings(ctx.tx, ctx.orgId);
  if (!current) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
  const next: OrganizationSettings = { name: input.name, billingEmail: input.billingEmail };
  const changed = (['name', 'billingEmail'] as const).filter((key) => current[key] !== next[key]);
  if (changed.length === 0) return next; // saving what is there changes nothing and records nothing

  await updateOrganizationRow(ctx.tx, ctx.orgId, next);
  ctx.audit({
    action: 'organization.updated',
    targetType: 'organization',
    targetId: ctx.orgId,
    data: {
      before: Object.fromEntries(changed.map((key) => [key, current[key]])),
      after: Object.fromEntries(changed.map((key) => [key, next[key]])),
    },
  });
  return next;
}
