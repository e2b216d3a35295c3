import 'server-only';
import { updateUserName } from '@/db/queries/users';
import type { ActorCommandContext } from '../context';

/** Changes the actor's display name. */
export async function updateProfile(ctx: ActorCommandContext, input: { name: string }): Promise<null> {
  await updateUserName(ctx.tx, ctx.actor.id, input.name);
  return null;
}
