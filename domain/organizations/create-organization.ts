import 'server-only';
import { insertOrganization, organizationIdTaken } from '@/db/queries/organizations';
import { ActionError, fieldError } from '@/domain/errors';
import { STARTING_PLAN } from '@/lib/billing/plans';
import { requireAllowance } from '@/lib/limits';
import type { ActorCommandContext } from '../context';

const VERIFY_TO_CREATE = 'Verify your email address to create organizations.';

/**
 * Creates an organization with the actor as its Admin. Organizations are free, so creating them is where
 * invitation spam would start: only an account whose address is proven may, and only so many a day
 * (counted in this transaction, so a refused or failed creation gives its point back).
 */
export async function createOrganization(
  ctx: ActorCommandContext,
  input: { id: string; name: string; billingEmail: string },
): Promise<{ id: string }> {
  if (!ctx.actor.emailVerified) throw new ActionError('FORBIDDEN', VERIFY_TO_CREATE);
  await requireAllowance(ctx.tx, 'organizationsPerUser', ctx.actor.id, 1, 'You have created the most organizations allowed in a day.');
  if (await organizationIdTaken(ctx.tx, input.id)) throw fieldError('id', 'This Organization ID is taken. Choose another.');
  // A concurrent creator of the same ID loses on the primary key; domain/db-errors.ts turns that into the same message.
  await insertOrganization(ctx.tx, { id: input.id, name: input.name, billingEmail: input.billingEmail, plan: STARTING_PLAN }, ctx.actor.id);
  return { id: input.id };
}
