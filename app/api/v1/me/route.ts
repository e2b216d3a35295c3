import { authenticate, tokenCan } from '@/lib/api/authenticate';
import { json } from '@/lib/api/problem';
import { rateLimitRefusal, withRateLimitHeaders } from '@/lib/api/rate-limit';
import { ORG_PERMISSION_KEYS } from '@/lib/permissions';

/**
 * Who the token acts as: its owner (none for an organization's API key), its organization and the owner's role there now, its scopes, and
 * which of its organization-level scopes the role grants today (a token never does more than its owner).
 */
export async function GET(request: Request): Promise<Response> {
  const caller = await authenticate(request);
  if (caller instanceof Response) return caller;
  const refusal = rateLimitRefusal(caller.limit);
  if (refusal) return refusal;
  return withRateLimitHeaders(
    json({
      // An organization's API key is no one's: it has no user.
      user: caller.actor.kind === 'api_key' ? null : { id: caller.actor.id, name: caller.actor.name, email: caller.actor.email },
      organization: { id: caller.orgId, role: caller.role },
      token: {
        id: caller.tokenId,
        name: caller.tokenName,
        kind: caller.kind,
        scopes: [...caller.scopes].sort(),
        expires_at: caller.expiresAt?.toISOString() ?? null,
      },
      organization_permissions: ORG_PERMISSION_KEYS.filter((permission) => tokenCan(caller, permission)),
    }),
    caller.limit,
  );
}
