import 'server-only';
import type { InvitationSenderRef } from '@/db/queries/inviter-rights';
import { ActionError } from '@/domain/errors';
import type { Actor, PersonActor } from './context';

export const PERSON_ONLY_MESSAGE = 'Only a person can do this: API keys and SCIM act for the organization.';

/** Whether the actor is a person (signed in, or through their personal token) rather than the organization's own key or SCIM. */
export function isPerson(actor: Actor): actor is PersonActor {
  return actor.kind === 'user' || actor.kind === 'api_token';
}

/** The person carrying out a command that only a person can (leave, annotate, own a task); anything else is refused. */
export function requirePerson(actor: Actor): PersonActor {
  if (!isPerson(actor)) throw new ActionError('FORBIDDEN', PERSON_ONLY_MESSAGE);
  return actor;
}

/** Who a per-actor allowance counts against: the person, the API key itself, or the SCIM connection. */
export function allowanceKeyOf(actor: Actor, orgId: string): string {
  if (actor.kind === 'api_key') return `key:${actor.token.id}`;
  if (actor.kind === 'scim') return `scim:${orgId}`;
  return actor.id;
}

/** The name the actor is shown by to others (an invitation's sender, say). */
export function displayNameOf(actor: Actor): string {
  if (actor.kind === 'api_key') return `${actor.name} (API key)`;
  if (actor.kind === 'scim') return actor.name;
  return actor.name ?? actor.email;
}

/** The actor as an invitation's sender: the person, the organization's API key, or SCIM. */
export function senderRefOf(actor: Actor): InvitationSenderRef {
  if (actor.kind === 'api_key') return { invitedBy: null, invitedByKeyId: actor.token.id, invitedByScim: false };
  if (actor.kind === 'scim') return { invitedBy: null, invitedByKeyId: null, invitedByScim: true };
  return { invitedBy: actor.id, invitedByKeyId: null, invitedByScim: false };
}
