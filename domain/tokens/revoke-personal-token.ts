import 'server-only';
import { lockPersonalToken, setTokenRevoked } from '@/db/queries/api-tokens';
import { insertAuditEvents } from '@/db/queries/audit';
import { ActionError } from '@/domain/errors';
import type { ActorCommandContext } from '../context';

/** Revokes one of the actor's own tokens: its next request is refused. Revoking twice revokes once. */
export async function revokePersonalToken(ctx: ActorCommandContext, input: { tokenId: string }): Promise<{ name: string }> {
  const token = await lockPersonalToken(ctx.tx, ctx.actor.id, input.tokenId);
  if (!token) throw new ActionError('NOT_FOUND', 'That token does not exist, or is not yours.');
  if (token.revokedAt) return { name: token.name };
  await setTokenRevoked(ctx.tx, input.tokenId);
  await insertAuditEvents(ctx.tx, token.orgId, ctx.actor, [
    { action: 'api_token.revoked', targetType: 'api_token', targetId: token.name, data: { name: token.name, kind: token.kind } },
  ]);
  return { name: token.name };
}
