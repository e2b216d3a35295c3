import 'server-only';
import { lockOrganizationSettings, updateOrganizationRow, type OrganizationSettings } from '@/db/queries/organizations';
import { ActionError, NOT_FOUND_MESSAGE } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/** The settings to save; `allowTokensWithoutExpiry` left out keeps its value (a door that does not show it). */
export type OrganizationSettingsInput = Omit<OrganizationSettings, 'allowTokensWithoutExpiry'> & { allowTokensWithoutExpiry?: boolean };

const SETTINGS = ['name', 'billingEmail', 'allowTokensWithoutExpiry'] as const;

/**
 * Renames the organization, sets its billing email and whether its tokens may live without an expiry
 * date; the audit event keeps each changed value and what it replaced. Returns what was saved.
 */
export async function updateOrganization(ctx: OrgCommandContext, input: OrganizationSettingsInput): Promise<OrganizationSettingsInput> {
  authorize(ctx, 'org.settings');
  // The door read the actor's membership, so the organization exists; the lock orders concurrent saves.
  const current = await lockOrganizationSettings(ctx.tx, ctx.orgId);
  if (!current) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
  const next: OrganizationSettingsInput = {
    name: input.name,
    billingEmail: input.billingEmail,
    ...(input.allowTokensWithoutExpiry === undefined ? {} : { allowTokensWithoutExpiry: input.allowTokensWithoutExpiry }),
  };
  const changed = SETTINGS.filter((key) => next[key] !== undefined && current[key] !== next[key]);
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
