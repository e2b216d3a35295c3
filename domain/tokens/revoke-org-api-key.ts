import 'server-only';
import { lockOrgApiKey } from '@/db/queries/api-keys';
import { setTokenRevoked } from '@/db/queries/api-tokens';
import { ActionError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/** An Admin revokes one of the organization's API keys: its next request is refused. Revoking twice revokes once. */
export async function revokeOrgApiKey(ctx: OrgCommandContext, input: { keyId: string }): Promise<{ name: string }> {
  authorize(ctx, 'org.settings');
  const key = await lockOrgApiKey(ctx.tx, ctx.orgId, input.keyId);
  if (!key) throw new ActionError('NOT_FOUND', 'That API key does not exist in this organization.');
  if (key.revokedAt) return { name: key.name };
  await setTokenRevoked(ctx.tx, input.keyId);
  ctx.audit({
    action: 'api_token.revoked',
    targetType: 'api_token',
    targetId: key.name,
    data: { name: key.name, kind: 'organization', role: key.role ?? undefined },
  });
  return { name: key.name };
}
