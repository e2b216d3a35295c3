import 'server-only';
import { can, type OrgPermission } from '@/lib/permissions';
import { ActionError } from '@/domain/errors';
import type { OrgCommandContext } from './context';

export const FORBIDDEN_MESSAGE = 'Your role does not allow this.';

/** Refuses unless the actor's role in the organization grants the permission (lib/permissions). */
export function authorize(ctx: Pick<OrgCommandContext, 'role'>, permission: OrgPermission): void {
  if (!can(ctx.role, permission)) throw new ActionError('FORBIDDEN', FORBIDDEN_MESSAGE);
}
