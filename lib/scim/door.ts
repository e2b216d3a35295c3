import 'server-only';
import { getDb } from '@/db';
import { insertAuditEvents, type AuditEntry } from '@/db/queries/audit';
import { findScimConnectionByToken, lockScimGrant, recordScimRequest } from '@/db/queries/scim-connections';
import { SCIM_GROUP_TAKEN, SCIM_USER_TAKEN } from '@/domain/db-errors';
import type { ScimActor } from '@/domain/context';
import { ActionError, type CommandFailure } from '@/domain/errors';
import { USER_NAME_FIXED, type ScimCommandContext } from '@/domain/scim/users';
import { runInTransaction } from '@/domain/transaction';
import { hashSecret, tokenKindOf } from '@/lib/api-tokens/format';
import { consumeLimit } from '@/lib/limits';
import type { OrgRole } from '@/lib/permissions';
import type { Scope } from '@/lib/permissions/scopes';
import { scimError, scimJson, ScimRefusal } from './respond';

/** An authenticated SCIM request: the organization whose connection the token opens, and its role for new members. */
export type ScimCaller = { orgId: string; defaultRole: OrgRole };
/** Route params as Next gives them: a catch-all segment is an array. */
type Params = Record<string, string | string[]>;
export type ScimRequest = { request: Request; url: URL; params: Params; caller: ScimCaller };
type RouteContext = { params: Promise<Params | undefined> };

const ACTOR: ScimActor = { kind: 'scim', id: null, name: 'SCIM provisioning', email: null, emailVerified: false };
/** What SCIM may do: members and teams, as an Admin would, and nothing else. */
const SCIM_SCOPES: ReadonlySet<Scope> = new Set<Scope>(['members.view', 'members.manage', 'teams.view_own', 'teams.manage']);
const UNAUTHORIZED = () =>
  scimError(401, 'Send the organization’s SCIM token: Authorization: Bearer <token>.', undefined, {
    'WWW-Authenticate': 'Bearer realm="roster-scim"',
  });

async function authenticate(request: Request, orgId: string): Promise<ScimCaller | null> {
  const match = /^Bearer ([^\s]+)$/i.exec((request.headers.get('authorization') ?? '').trim());
  if (!match || tokenKindOf(match[1]!) !== 'scim') return null;
  const connection = await findScimConnectionByToken(await getDb(), hashSecret(match[1]!));
  // Another organization's token answers as if it were wrong: nothing is learnt about either.
  return connection && connection.orgId === orgId ? { orgId, defaultRole: connection.defaultRole } : null;
}

/**
 * A SCIM route: the token must open this organization's connection (401 otherwise, the same whatever was
 * wrong), within the organization's allowance of requests a minute; refusals are SCIM error bodies; and
 * every authenticated request is logged for the provisioning page.
 */
export function scimRoute(handle: (request: ScimRequest) => Promise<Response>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const params = (await context?.params) ?? {};
    const url = new URL(request.url);
    const caller = await authenticate(request, typeof params.orgId === 'string' ? params.orgId : '');
    if (!caller) return UNAUTHORIZED();
    let response: Response;
    let detail: string | null = null;
    const allowed = await consumeLimit('scimRequestsPerOrganization', caller.orgId);
    try {
      if (!allowed.ok) throw new ScimRefusal(429, 'Too many requests: slow down and retry.', 'tooMany');
      response = await handle({ request, url, params, caller });
    } catch (error) {
      if (!(error instanceof ScimRefusal)) console.error('scim request failed', error);
      detail = error instanceof ScimRefusal ? error.message : 'Something went wrong. Nothing was changed; try again.';
      const retry = !allowed.ok ? { 'Retry-After': String(allowed.retryAfterS) } : undefined;
      response = error instanceof ScimRefusal ? scimError(error.status, error.message, error.scimType, retry) : scimError(500, detail);
    }
    const path = url.pathname.replace(/^.*\/scim\/v2\/[^/]+/, '') + url.search;
    await recordScimRequest(await getDb(), caller.orgId, {
      method: request.method,
      path: path.slice(0, 500),
      status: response.status,
      detail,
    });
    return response;
  };
}

/** How a refused command answers over SCIM. */
function refusalOf(failure: CommandFailure): ScimRefusal {
  switch (failure.code) {
    case 'UNAUTHENTICATED':
      return new ScimRefusal(401, failure.message);
    case 'NOT_FOUND':
      return new ScimRefusal(404, failure.message);
    case 'VALIDATION':
      return new ScimRefusal(400, failure.message, failure.message === USER_NAME_FIXED ? 'mutability' : 'invalidValue');
    case 'CONFLICT':
      return new ScimRefusal(
        409,
        failure.message,
        failure.message === SCIM_USER_TAKEN || failure.message === SCIM_GROUP_TAKEN ? 'uniqueness' : undefined,
      );
    case 'FORBIDDEN':
      return new ScimRefusal(403, failure.message);
    case 'RATE_LIMITED':
      return new ScimRefusal(429, failure.message, 'tooMany');
    default:
      return new ScimRefusal(500, failure.message);
  }
}

/**
 * Runs a domain command as the organization's SCIM connection, in one transaction: the connection is
 * share-locked first (turning provisioning off waits, or is seen), and the audit events name SCIM.
 */
export async function runScimCommand<T>(caller: ScimCaller, command: (ctx: ScimCommandContext) => Promise<T>): Promise<T> {
  // A SCIM refusal raised inside (a PATCH that cannot apply) rolls back like any refusal, then answers as itself.
  let refused: ScimRefusal | null = null;
  const result = await runInTransaction(async (tx, afterCommit) => {
    if (!(await lockScimGrant(tx, caller.orgId)))
      throw new ActionError('UNAUTHENTICATED', 'Provisioning was turned off for this organization.');
    const audits: AuditEntry[] = [];
    const ctx: ScimCommandContext = {
      tx,
      afterCommit,
      actor: ACTOR,
      orgId: caller.orgId,
      role: 'admin',
      scopes: SCIM_SCOPES,
      defaultRole: caller.defaultRole,
      audit: (entry) => audits.push(entry),
    };
    const data = await command(ctx).catch((error: unknown) => {
      if (!(error instanceof ScimRefusal)) throw error;
      refused = error;
      throw new ActionError('VALIDATION', error.message);
    });
    await insertAuditEvents(tx, caller.orgId, ACTOR, audits);
    return data;
  });
  if (refused) throw refused;
  if (!result.ok) throw refusalOf(result);
  return result.data;
}

export { scimJson };
