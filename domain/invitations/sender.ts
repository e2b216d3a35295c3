import 'server-only';
import { findOrganizationName } from '@/db/queries/organizations';
import { ActionError } from '@/domain/errors';
import type { OrgCommandContext } from '../context';
import type { InvitationSender } from './issue-invitations';
import { displayNameOf, isPerson } from '@/domain/actors';

const VERIFY_TO_INVITE = 'Verify your email address to invite members.';

/** Only an account whose address is proven may send invitations: they are email to strangers. */
export function requireVerifiedSender(ctx: Pick<OrgCommandContext, 'actor'>): void {
  // An API key or a SCIM connection was set up by an Admin whose address was proven.
  if (isPerson(ctx.actor) && !ctx.actor.emailVerified) throw new ActionError('FORBIDDEN', VERIFY_TO_INVITE);
}

/** The names the invitation email and notification show: the organization, and the actor sending it. */
export async function invitationSender(ctx: Pick<OrgCommandContext, 'tx' | 'orgId' | 'actor'>): Promise<InvitationSender> {
  // The door found the actor's membership, so the organization exists.
  const orgName = (await findOrganizationName(ctx.tx, ctx.orgId))!;
  return { orgName, inviterName: displayNameOf(ctx.actor) };
}
