import 'server-only';
import { can, canOnApp, type AppGrant, type AppPermission, type OrgPermission } from '@/lib/permissions';
import { ActionError } from '@/domain/errors';
import type { AppCommandContext, OrgCommandContext } from './context';

export const FORBIDDEN_MESSAGE = 'Your role does not allow this.';
export const APP_FORBIDDEN_MESSAGE = 'Your access to this app does not allow this.';
export const SCOPE_MESSAGE = (permission: string) => `The token does not have the ${permission} scope.`;

type Scoped = Pick<OrgCommandContext, 'scopes'>;

/** Whether the actor's token (if it came with one) was given the permission. */
export function inScope(ctx: Scoped, permission: OrgPermission | AppPermission): boolean {
  return !ctx.scopes || ctx.scopes.has(permission);
}

/** Whether the actor may use the organization permission: their role grants it, and their token's scopes hold it. */
export function permits(ctx: Pick<OrgCommandContext, 'role' | 'scopes'>, permission: OrgPermission): boolean {
  return can(ctx.role, permission) && inScope(ctx, permission);
}

/** Whether the actor may use the app permission: their grant holds it, and their token's scopes too. */
export function permitsOnApp(ctx: Scoped, grant: AppGrant, permission: AppPermission): boolean {
  return canOnApp(grant, permission) && inScope(ctx, permission);
}

/** Refuses unless the actor's role in the organization (and token, if any) grants the permission (lib/permissions). */
export function authorize(ctx: Pick<OrgCommandContext, 'role' | 'scopes'>, permission: OrgPermission): void {
  if (!can(ctx.role, permission)) throw new ActionError('FORBIDDEN', FORBIDDEN_MESSAGE);
  if (!inScope(ctx, permission)) throw new ActionError('FORBIDDEN', SCOPE_MESSAGE(permission));
}

/** Refuses unless the actor's grant on the app (role and teams), and token if any, holds the permission. */
export function authorizeOnApp(ctx: Pick<AppCommandContext, 'grant' | 'scopes'>, permission: AppPermission): void {
  if (!canOnApp(ctx.grant, permission)) throw new ActionError('FORBIDDEN', APP_FORBIDDEN_MESSAGE);
  if (!inScope(ctx, permission)) throw new ActionError('FORBIDDEN', SCOPE_MESSAGE(permission));
}
