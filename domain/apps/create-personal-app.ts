import 'server-only';
import { findPersonalAppBySlug, insertPersonalApp } from '@/db/queries/apps';
import { fieldError } from '@/domain/errors';
import type { ActorCommandContext } from '../context';

/**
 * A personal app of the actor (any signed-in person may have them). App IDs are unique per owner; the
 * unique index (apps_owner_slug_uidx) answers a racing duplicate with the same message.
 */
export async function createPersonalApp(
  ctx: ActorCommandContext,
  input: { slug: string; name: string },
): Promise<{ id: string; slug: string }> {
  if (await findPersonalAppBySlug(ctx.tx, ctx.actor.id, input.slug)) {
    throw fieldError('slug', 'You already have an app with this App ID. Choose another.');
  }
  return insertPersonalApp(ctx.tx, ctx.actor.id, input);
}
