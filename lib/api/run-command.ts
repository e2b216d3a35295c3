import 'server-only';
import { createHash } from 'node:crypto';
import { insertAuditEvents } from '@/db/queries/audit';
import { claimIdempotencyKey, saveIdempotentAnswer, type StoredAnswer } from '@/db/queries/api-idempotency';
import { lockLiveKeyRole } from '@/db/queries/api-tokens';
import { lockMemberRole } from '@/db/queries/members';
import { lockOrganization } from '@/db/queries/organizations';
import type { AuditEntry, OrgCommandContext } from '@/domain/context';
import { ActionError, NOT_FOUND_MESSAGE, type CommandFailure, type ErrorCode } from '@/domain/errors';
import { runInTransaction } from '@/domain/transaction';
import { authorize } from '@/domain/authorize';
import type { TokenCaller } from './authenticate';
import { errorMembers } from './input';
import type { AnyOperation, WriteOperation } from './operation';
import { problem, replyResponse, type Reply } from './problem';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** A command's refusal as problem+json: the status for its code, its message, field errors as `errors`. */
export function failureProblem(failure: CommandFailure): Response {
  const errors = failure.fieldErrors ? { errors: errorMembers(failure.fieldErrors, 'pointer') } : {};
  const retry: Record<string, string> = failure.retryAfterS ? { 'Retry-After': String(failure.retryAfterS) } : {};
  return problem(STATUS[failure.code], failure.message, errors, retry);
}

/** `Idempotency-Key`: any printable ASCII, 1 to 255 characters (as Stripe and the IETF draft). */
const KEY = /^[\x21-\x7e]{1,255}$/;

type Done = { reply: Reply } | { replayed: StoredAnswer };

/**
 * A write: in one transaction, the Idempotency-Key taken (or its stored answer replayed), the owner's
 * membership read again and held (a concurrent demotion waits, and a token whose owner just left acts
 * no more), If-Match compared with the resource's ETag now, the operation's command run with the token's
 * scopes, and its audit events recorded with the token as actor.
 */
export async function runApiCommand(
  operation: Extract<AnyOperation, { kind: 'write' }>,
  request: Request,
  caller: TokenCaller,
  inputs: { params: unknown; query: unknown; body: unknown },
): Promise<Response> {
  const key = operation.idempotent ? request.headers.get('idempotency-key') : null;
  if (key !== null && !KEY.test(key)) return problem(400, 'Idempotency-Key must be 1 to 255 printable ASCII characters.');
  const requestHash = key === null ? '' : hashRequest(request, inputs);
  const ifMatch = operation.etag ? request.headers.get('if-match') : null;

  const result = await runInTransaction<Done>(async (tx, afterCommit) => {
    if (key !== null) {
      const claim = await claimIdempotencyKey(tx, caller.tokenId, key, requestHash);
      if (claim !== true) return { replayed: claim };
    }
    if (operation.serialize) await lockOrganization(tx, caller.orgId);
    // The role now, held for the transaction: the owner's membership, or the key itself (a revoke waits).
    const role =
      caller.actor.kind === 'user' || caller.actor.kind === 'api_token'
        ? await lockMemberRole(tx, caller.orgId, caller.actor.id)
        : await lockLiveKeyRole(tx, caller.orgId, caller.tokenId);
    if (!role) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
    const audits: AuditEntry[] = [];
    const ctx: OrgCommandContext = {
      tx,
      afterCommit,
      actor: caller.actor,
      orgId: caller.orgId,
      role,
      scopes: caller.scopes,
      audit: (entry) => audits.push(entry),
    };
    const writeRequest = { ...inputs, caller, ctx } as Parameters<WriteOperation<never, never, never>['handle']>[0];
    if (operation.permission) authorize(ctx, operation.permission);
    if (ifMatch !== null && operation.etag) {
      const current = await operation.etag(writeRequest);
      if (current === null) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
      if (!etagMatches(ifMatch, current)) {
        throw new ActionError(
          'PRECONDITION_FAILED',
          'It changed since you read it (If-Match does not match its ETag). Read it again, then retry.',
        );
      }
    }
    const reply = await operation.handle(writeRequest);
    await insertAuditEvents(tx, caller.orgId, caller.actor, audits);
    if (key !== null) {
      const status = reply.status ?? operation.success.status;
      await saveIdempotentAnswer(tx, caller.tokenId, key, { status, body: reply.body ?? null, location: reply.headers?.Location ?? null });
    }
    return { reply };
  });

  if (!result.ok) return failureProblem(result);
  if ('reply' in result.data) return replyResponse(result.data.reply, operation.success.status);
  const stored = result.data.replayed;
  if (stored.requestHash !== requestHash) return problem(422, 'This Idempotency-Key was already used for a different request.');
  const headers: Record<string, string> = { 'Idempotent-Replayed': 'true', ...(stored.location ? { Location: stored.location } : {}) };
  return replyResponse({ status: stored.status, body: stored.body ?? undefined, headers }, operation.success.status);
}

function hashRequest(request: Request, inputs: { params: unknown; body: unknown }): string {
  const path = new URL(request.url).pathname;
  return createHash('sha256')
    .update(JSON.stringify([request.method, path, inputs.body ?? null]))
    .digest('hex');
}

/** If-Match: `*` or a list of entity tags, one of which is the current one (strong comparison, RFC 9110 §13.1.1). */
function etagMatches(header: string, current: string): boolean {
  const tags = header.split(',').map((tag) => tag.trim());
  return tags.includes('*') || tags.includes(current);
}

/** A strong entity tag for a resource's state (what If-Match compares): a hash of the values a write may change. */
export function entityTag(state: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(state)).digest('base64url').slice(0, 22)}"`;
}
