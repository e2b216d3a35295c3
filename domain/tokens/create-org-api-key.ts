import 'server-only';
import { countLiveOrgApiKeys } from '@/db/queries/api-keys';
import { insertApiToken } from '@/db/queries/api-tokens';
import { lockOrganization } from '@/db/queries/organizations';
import { requirePerson } from '@/domain/actors';
import { ActionError, fieldError } from '@/domain/errors';
import { newTokenSecret } from '@/lib/api-tokens/format';
import { canAssignRole, ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import type { Scope } from '@/lib/permissions/scopes';
import { MAX_ORG_API_KEYS, type TokenExpiration } from '@/lib/validations/tokens';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { expiryFor } from './create-personal-token';

/**
 * An organization API key: owned by the organization, not by the Admin who makes it, so it keeps working
 * when they leave. It acts with the role chosen here, never above its creator's (the rule for inviting),
 * within its scopes; it belongs to no team. The secret is returned once and only its hash kept.
 */
export async function createOrgApiKey(
  ctx: OrgCommandContext,
  input: { name: string; role: OrgRole; scopes: Scope[]; expiration: TokenExpiration; expiresOn?: string },
): Promise<{ secret: string; name: string }> {
  authorize(ctx, 'org.settings');
  const creator = requirePerson(ctx.actor);
  if (!creator.emailVerified) throw new ActionError('FORBIDDEN', 'Verify your email address before creating API keys.');
  if (!canAssignRole(ctx.role, input.role))
    throw fieldError('role', `You cannot give a key the ${ORG_ROLE_LABELS[input.role]} role: it would do more than you may.`);
  const expiresAt = await expiryFor(ctx, input.expiration, input.expiresOn);
  // Under the organization's lock, so two Admins adding the last key at once cannot both pass the count.
  await lockOrganization(ctx.tx, ctx.orgId);
  if ((await countLiveOrgApiKeys(ctx.tx, ctx.orgId)) >= MAX_ORG_API_KEYS)
    throw new ActionError('CONFLICT', `This organization has ${MAX_ORG_API_KEYS} active API keys: revoke one first.`);

  const scopes = [...new Set(input.scopes)].sort();
  const { secret, hash, hint } = newTokenSecret('organization');
  await insertApiToken(ctx.tx, {
    kind: 'organization',
    orgId: ctx.orgId,
    userId: null,
    createdBy: creator.id,
    name: input.name,
    tokenHash: hash,
    hint,
    scopes,
    role: input.role,
    expiresAt,
  });
  ctx.audit({
    action: 'api_token.created',
    targetType: 'api_token',
    targetId: input.name,
    data: { name: input.name, kind: 'organization', role: input.role, scopes, expiresAt: expiresAt?.toISOString() ?? null },
  });
  return { secret, name: input.name };
}
