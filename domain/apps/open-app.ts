import 'server-only';
import type { Executor } from '@/db';
import { isPerson } from '@/domain/actors';
import { appGrantFor, findOrgAppForWrite, type AppDto, type AppLock } from '@/db/queries/apps';
import { appVisibilityOf, type AppGrant } from '@/lib/permissions';
import { ActionError } from '@/domain/errors';
import { permitsOnApp } from '../authorize';
import type { AppCommandContext, OrgCommandContext } from '../context';

export const APP_NOT_FOUND_MESSAGE = 'That app does not exist, or you do not have access.';

/**
 * Opens one of the organization's apps for a command: the app must exist here and the actor must be able
 * to see it (otherwise NOT_FOUND, exactly as if it did not exist); the actor's grant (role and teams) is
 * read once and travels with the context. The row is held against deletion and transfer for the
 * transaction, not against other writes: a command that must serialize with others locks what its
 * invariant is about.
 */
export async function openApp(ctx: OrgCommandContext, appId: string, lock: AppLock = 'key share'): Promise<AppCommandContext> {
  const found = await findAppWithGrant(ctx, appId, lock);
  if (!found || !permitsOnApp(ctx, found.grant, 'app.view')) throw new ActionError('NOT_FOUND', APP_NOT_FOUND_MESSAGE);
  return { ...ctx, ...found };
}

/** The organization's app, held with `lock`, and the actor's grant on it; null when either is missing. */
export async function findAppWithGrant(
  ctx: OrgCommandContext,
  appId: string,
  lock: AppLock,
): Promise<Pick<AppCommandContext, 'app' | 'grant'> | null> {
  const app = await findOrgAppForWrite(ctx.tx, ctx.orgId, appId, lock);
  const grant = app ? await grantOf(ctx.tx, ctx, app) : null;
  return app && grant ? { app, grant } : null;
}

/**
 * The actor's grant on the app: a person's role and teams, or an API key's role alone (a key belongs to
 * no team). Null when the person is not a member.
 */
export async function grantOf(
  executor: Executor,
  who: Pick<OrgCommandContext, 'orgId' | 'actor' | 'role'>,
  app: Pick<AppDto, 'id' | 'visibility'>,
): Promise<AppGrant | null> {
  if (!isPerson(who.actor)) return { role: who.role, teams: [], visibility: appVisibilityOf(app.visibility) };
  return appGrantFor(executor, who.orgId, who.actor.id, app.id);
}
