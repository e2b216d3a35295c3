import 'server-only';
import { countLivePersonalTokens, insertApiToken } from '@/db/queries/api-tokens';
import { orgsAllowingTokensWithoutExpiry } from '@/db/queries/organizations';
import { ActionError, fieldError } from '@/domain/errors';
import { newTokenSecret } from '@/lib/api-tokens/format';
import type { Scope } from '@/lib/permissions/scopes';
import { MAX_PERSONAL_TOKENS, tokenExpiry, type TokenExpiration } from '@/lib/validations/tokens';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/**
 * A personal access token for the organization the actor is a member of (the door read the membership).
 * Every member may make one: it never does more than its owner may, because every request checks its
 * scopes against the owner's role and teams of that moment. The secret is returned once and only its
 * hash kept; the organization's audit log records the token (not its secret). A token without an expiry
 * date only where the organization allows it: asked here, whatever the form offered.
 */
export async function createPersonalToken(
  ctx: OrgCommandContext,
  input: { name: string; scopes: Scope[]; expiration: TokenExpiration; expiresOn?: string },
): Promise<{ secret: string; name: string }> {
  authorize(ctx, 'tokens.create_own');
  if (!ctx.actor.emailVerified) throw new ActionError('FORBIDDEN', 'Verify your email address before creating tokens.');
  const expiresAt = await expiryFor(ctx, input.expiration, input.expiresOn);
  if ((await countLivePersonalTokens(ctx.tx, ctx.actor.id)) >= MAX_PERSONAL_TOKENS)
    throw new ActionError('CONFLICT', `You have ${MAX_PERSONAL_TOKENS} active tokens: revoke one first.`);

  const scopes = [...new Set(input.scopes)].sort();
  const { secret, hash, hint } = newTokenSecret('personal');
  await insertApiToken(ctx.tx, {
    kind: 'personal',
    orgId: ctx.orgId,
    userId: ctx.actor.id,
    createdBy: ctx.actor.id,
    name: input.name,
    tokenHash: hash,
    hint,
    scopes,
    role: null,
    expiresAt,
  });
  ctx.audit({
    action: 'api_token.created',
    targetType: 'api_token',
    targetId: input.name,
    data: { name: input.name, kind: 'personal', scopes, expiresAt: expiresAt?.toISOString() ?? null },
  });
  return { secret, name: input.name };
}

/** When the new token or API key expires: null (never) only where the organization allows it; else a valid date. */
export async function expiryFor(
  ctx: Pick<OrgCommandContext, 'tx' | 'orgId'>,
  expiration: TokenExpiration,
  expiresOn: string | undefined,
): Promise<Date | null> {
  if (expiration === 'none') {
    if ((await orgsAllowingTokensWithoutExpiry(ctx.tx, [ctx.orgId])).length === 0)
      throw fieldError('expiration', 'This organization requires tokens to expire: choose a number of days or a date.');
    return null;
  }
  const expiresAt = tokenExpiry(expiration, expiresOn);
  if (!expiresAt) throw fieldError('expiresOn', 'Choose a date after today, at most a year away.');
  return expiresAt;
}
