import 'server-only';
import { lockOrgToken, setTokenRevoked } from '@/db/queries/api-tokens';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/**
 * An Admin revokes a member's personal access token for this organization: its next request is refused.
 * The audit event names the owner (their address kept, should the account go). Revoking twice revokes once.
 */
export async function revokeOrgToken(ctx: OrgCommandContext, input: { tokenId: string }): Promise<{ name: string }> {
  authorize(ctx, 'org.settings');
  const token = await lockOrgToken(ctx.tx, ctx.orgId, input.tokenId);
  if (!token) throw new ActionError('NOT_FOUND', 'That token does not exist in this organization.');
  if (token.revokedAt) return { name: token.name };
  await setTokenRevoked(ctx.tx, input.tokenId);
  ctx.audit({
    action: 'api_token.revoked',
    targetType: 'api_token',
    targetId: token.name,
    data: { name: token.name, kind: token.kind, userId: token.userId, email: token.ownerEmail },
  });
  return { name: token.name };
}
