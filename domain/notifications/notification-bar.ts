import 'server-only';
import { listLatestNotifications as latestRows, markNotificationsRead as markRows } from '@/db/queries/notifications';
import type { ActorCommandContext } from '../context';

/** Marks the actor's own notifications read (all of them, or the given ids); other users' ids are ignored. */
export function markNotificationsRead(ctx: ActorCommandContext, input: { ids?: string[] }) {
  return markRows(ctx.tx, ctx.actor.id, input.ids);
}

/** The notification bar's list: the actor's own latest notifications. */
export function listLatestNotifications(ctx: ActorCommandContext) {
  return latestRows(ctx.tx, ctx.actor.id);
}
