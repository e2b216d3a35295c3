import 'server-only';
import { getDb } from '@/db';
import { findLiveTokenCountingUse, touchTokenUse, type LiveToken } from '@/db/queries/api-tokens';
import { allowanceAfter, LIMITS, type LimitState } from '@/lib/limits';
import type { Actor } from '@/domain/context';
import { hashSecret, tokenKindOf } from '@/lib/api-tokens/format';
import { can, canOnApp, type AppGrant, type AppPermission, type OrgPermission, type OrgRole } from '@/lib/permissions';
import type { Scope } from '@/lib/permissions/scopes';
import { problem } from './problem';

/** Who a request's token acts as, in which organization, with which scopes. */
export type TokenCaller = {
  tokenId: string;
  tokenName: string;
  kind: 'personal' | 'organization';
  orgId: string;
  role: OrgRole;
  scopes: ReadonlySet<Scope>;
  expiresAt: Date | null;
  actor: Actor;
  /** This request counted against the token's allowance of requests a minute. */
  limit: LimitState;
};

const UNAUTHORIZED = (detail: string) => problem(401, detail, {}, { 'WWW-Authenticate': 'Bearer realm="roster", error="invalid_token"' });

const USE_RECORDED_EVERY_MS = 60_000;

/** The client's address as the balancer in front of the app saw it (first x-forwarded-for hop), if any. */
function clientIp(request: Request): string | null {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim().slice(0, 64) || request.headers.get('x-real-ip') || null;
}

/**
 * The caller of an API request, read from the database on every request: a live token (not revoked, not
 * expired) whose owner is still a member of its organization, with their role now. A refusal otherwise
 * (401, problem+json), the same whatever was wrong, so nothing is learnt about other tokens. A malformed
 * secret (wrong prefix or checksum) is refused without a lookup.
 */
export async function authenticate(request: Request): Promise<TokenCaller | Response> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  if (!match) return UNAUTHORIZED('Send a token: Authorization: Bearer <token>.');
  const secret = match[1]!;
  // A SCIM connection's token opens the SCIM endpoints only.
  const kind = tokenKindOf(secret);
  if (!kind || kind === 'scim') return UNAUTHORIZED('The token is not valid, has expired or was revoked.');
  const db = await getDb();
  const token = await findLiveTokenCountingUse(db, hashSecret(secret), {
    keyPrefix: 'apiRequestsPerToken',
    windowS: LIMITS.apiRequestsPerToken.windowS,
  });
  const role = token ? (token.kind === 'organization' ? token.tokenRole : token.memberRole) : null;
  if (!token || !role) return UNAUTHORIZED('The token is not valid, has expired or was revoked.');
  const actor = actorOf(token);
  if (!actor) return UNAUTHORIZED('The token is not valid, has expired or was revoked.');
  // Written at most once a minute: most requests of a busy script skip the statement altogether.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > USE_RECORDED_EVERY_MS)
    await touchTokenUse(db, token.id, clientIp(request));
  return {
    tokenId: token.id,
    tokenName: token.name,
    kind: token.kind,
    orgId: token.orgId,
    role,
    scopes: new Set(token.scopes as Scope[]),
    expiresAt: token.expiresAt,
    limit: allowanceAfter('apiRequestsPerToken', token.used, token.windowEndsMs),
    actor,
  };
}

/** A personal token acts as its owner; an organization's API key as itself. Null for an ownerless personal token. */
function actorOf(token: LiveToken): Actor | null {
  const via = { id: token.id, name: token.name };
  if (token.kind === 'organization') return { kind: 'api_key', id: null, name: token.name, email: null, emailVerified: false, token: via };
  if (!token.userId) return null;
  return {
    kind: 'api_token',
    id: token.userId,
    name: token.userName,
    email: token.email ?? '',
    emailVerified: token.emailVerified,
    token: via,
  };
}

/** Whether the token may use an organization permission: in its scopes, and granted to its role now. */
export function tokenCan(caller: TokenCaller, permission: OrgPermission): boolean {
  return caller.scopes.has(permission) && can(caller.role, permission);
}

/** Whether the token may use an app permission on an app where the owner's grant is `grant`. */
export function tokenCanOnApp(caller: TokenCaller, grant: AppGrant, permission: AppPermission): boolean {
  return caller.scopes.has(permission) && canOnApp(grant, permission);
}
