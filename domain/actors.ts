import 'server-only';
import { ActionError } from '@/domain/errors';
import type { InvitationSenderRef } from '@/db/queries/inviter-rights';
import type { Actor, PersonActor } from './context';

export const PERSON_ONLY_MESSAGE = 'An organization API key acts for the organization, not as a person: it cannot do this.';

/** The person carrying out a command that only a person can (leave, annotate, own a task); an API key is refused. */
export function requirePerson(actor: Actor): PersonActor {
  if (actor.kind === 'api_key') throw new ActionError('FORBIDDEN', PERSON_ONLY_MESSAGE);
  return actor;
}

/** Who a per-actor allowance counts against: the person, or the API key itself. */
export function allowanceKeyOf(actor: Actor): string {
  return actor.kind === 'api_key' ? `key:${actor.token.id}` : actor.id;
}

/** The name the actor is shown by to others (an invitation's sender, say). */
export function displayNameOf(actor: Actor): string {
  return actor.kind === 'api_key' ? `${actor.name} (API key)` : (actor.name ?? actor.email);
}

/** The actor as an invitation's sender: the person, or the organization's API key. */
export function senderRefOf(actor: Actor): InvitationSenderRef {
  return actor.kind === 'api_key' ? { invitedBy: null, invitedByKeyId: actor.token.id } : { invitedBy: actor.id, invitedByKeyId: null };
}
