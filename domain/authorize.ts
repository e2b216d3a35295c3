import 'server-only';
import { can, canOnApp, type AppPermission, type OrgPermission } from '@/lib/permissions';
import { ActionError } from '@/domain/errors';
import type { AppCommandContext, OrgCommandContext } from './context';

export const FORBIDDEN_MESSAGE = 'Your role does not allow this.';
export const APP_FORBIDDEN_MESSAGE = 'Your access to this app does not allow this.';

/** Refuses unless the actor's role in the organization grants the permission (lib/permissions). */
export function authorize(ctx: Pick<OrgCommandContext, 'role'>, permission: OrgPermission): void {
  if (!can(ctx.role, permission)) throw new ActionError('FORBIDDEN', FORBIDDEN_MESSAGE);
}

/** Refuses unless the actor's grant on the app (role and teams) holds the permission. */
export function authorizeOnApp(ctx: Pick<AppCommandContext, 'grant'>, permission: AppPermission): void {
  if (!canOnApp(ctx.grant, permission)) throw new ActionError('FORBIDDEN', APP_FORBIDDEN_MESSAGE);
}
