import 'server-only';
import { ActionError } from '@/domain/errors';
import { consumeLimit, limitPoints, limitPointsUsed, retryAfterText } from '@/lib/limits';
import type { OrgCommandContext } from '../context';
import { allowanceKeyOf } from '@/domain/actors';

/** Invitations count against their sender (across every organization) and against the organization. */
const PEOPLE_LIMITS = [
  {
    name: 'invitationsPerInviter',
    key: (ctx: OrgCommandContext) => allowanceKeyOf(ctx.actor, ctx.orgId),
    who: 'You',
    has: 'You have',
    scope: ' across your organizations',
  },
  {
    name: 'invitationsPerOrganization',
    key: (ctx: OrgCommandContext) => ctx.orgId,
    who: 'This organization',
    has: 'This organization has',
    scope: '',
  },
] as const;

/** The identity provider's invitations have an allowance of their own, sized for an initial sync. */
const SCIM_LIMITS = [
  {
    name: 'scimInvitationsPerOrganization',
    key: (ctx: OrgCommandContext) => ctx.orgId,
    who: 'Provisioning',
    has: 'Provisioning has',
    scope: ' in this organization',
  },
] as const;

const limitsOf = (ctx: OrgCommandContext) => (ctx.actor.kind === 'scim' ? SCIM_LIMITS : PEOPLE_LIMITS);

const refusal = (message: string, field?: string, retryAfterS?: number) =>
  new ActionError('RATE_LIMITED', message, field ? { [field]: [message] } : undefined, retryAfterS);

/** A batch larger than a whole allowance is refused before anything is written (a flood costs no inserts). */
export function refuseOversizedBatch(ctx: OrgCommandContext, sends: number, field: string): void {
  for (const limit of limitsOf(ctx)) {
    const allowed = limitPoints(limit.name);
    if (sends > allowed)
      throw refusal(`${limit.who} can send at most ${allowed} invitations an hour${limit.scope}; this would send ${sends}.`, field);
  }
}

/**
 * Counts `sends` invitation emails against the sender and the organization, in the command's
 * transaction: each count's row stays locked until commit, so concurrent senders wait their turn and
 * read the count the last one left; a refused or failed send gives its points back. The refusal says
 * how many are left, beside the emails field when there is one.
 */
export async function spendInvitationAllowance(ctx: OrgCommandContext, sends: number, field?: string): Promise<void> {
  for (const limit of limitsOf(ctx)) {
    const key = limit.key(ctx);
    const check = await consumeLimit(limit.name, key, sends, ctx.tx);
    if (check.ok) continue;
    const allowed = limitPoints(limit.name);
    // The refused points are in the count until the rollback: what was left is the rest.
    const left = Math.max(0, allowed - ((await limitPointsUsed(limit.name, key, ctx.tx)) - sends));
    throw refusal(
      left === 0
        ? `${limit.has} sent ${allowed} invitations this hour${limit.scope}. Try again ${retryAfterText(check.retryAfterS)}.`
        : `${limit.who} can send ${left} more invitation${left === 1 ? '' : 's'} this hour${limit.scope}; this would send ${sends}.`,
      field,
      check.retryAfterS,
    );
  }
}
