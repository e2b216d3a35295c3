import 'server-only';
import { deleteScimConnection, findScimConnection, setScimDefaultRole, upsertScimConnection } from '@/db/queries/scim-connections';
import { requirePerson } from '@/domain/actors';
import { ActionError, fieldError } from '@/domain/errors';
import { newTokenSecret } from '@/lib/api-tokens/format';
import { canAssignRole, ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/**
 * Turns SCIM provisioning on, or gives the connection a new bearer token: the identity provider must be
 * given the new one, as the old one stops at once. The secret is returned once; only its hash is kept.
 */
export async function issueScimToken(ctx: OrgCommandContext): Promise<{ secret: string; rotated: boolean }> {
  authorize(ctx, 'org.settings');
  const admin = requirePerson(ctx.actor);
  if (!admin.emailVerified) throw new ActionError('FORBIDDEN', 'Verify your email address before setting up provisioning.');
  const rotated = (await findScimConnection(ctx.tx, ctx.orgId)) !== null;
  const { secret, hash, hint } = newTokenSecret('scim');
  await upsertScimConnection(ctx.tx, ctx.orgId, { tokenHash: hash, hint, createdBy: admin.id });
  ctx.audit({ action: rotated ? 'scim.token_rotated' : 'scim.enabled', targetType: 'organization', targetId: ctx.orgId, data: {} });
  return { secret, rotated };
}

/** The role SCIM gives the people it provisions from now on (those already provisioned keep theirs). */
export async function setScimRole(ctx: OrgCommandContext, input: { role: OrgRole }): Promise<{ role: OrgRole }> {
  authorize(ctx, 'org.settings');
  if (!canAssignRole(ctx.role, input.role)) throw fieldError('role', `You cannot give the ${ORG_ROLE_LABELS[input.role]} role.`);
  if (!(await setScimDefaultRole(ctx.tx, ctx.orgId, input.role)))
    throw new ActionError('CONFLICT', 'Provisioning is off: turn it on first.');
  ctx.audit({ action: 'scim.role_changed', targetType: 'organization', targetId: ctx.orgId, data: { role: input.role } });
  return { role: input.role };
}

/** Turns provisioning off: the token stops at once; the people it provisioned stay members. */
export async function disableScim(ctx: OrgCommandContext): Promise<null> {
  authorize(ctx, 'org.settings');
  if (await deleteScimConnection(ctx.tx, ctx.orgId))
    ctx.audit({ action: 'scim.disabled', targetType: 'organization', targetId: ctx.orgId, data: {} });
  return null;
}
