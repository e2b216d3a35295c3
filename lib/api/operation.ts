import 'server-only';
import type { z } from 'zod';
import { getDb, type Executor } from '@/db';
import type { OrgCommandContext } from '@/domain/context';
import { ActionError, NOT_FOUND_MESSAGE } from '@/domain/errors';
import type { OrgPermission } from '@/lib/permissions';
import { authenticate, tokenCan, type TokenCaller } from './authenticate';
import { readJsonBody, readParams, readQuery } from './input';
import { rateLimitRefusal, withRateLimitHeaders } from './rate-limit';
import { failureProblem, runApiCommand } from './run-command';
import { problem, replyResponse, type Reply } from './problem';

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

type Shape = z.ZodObject<z.ZodRawShape>;

export type { Reply } from './problem';

type Inputs<P extends Shape, Q extends Shape | undefined, B extends z.ZodType | undefined> = {
  params: z.output<P>;
  query: Q extends Shape ? z.output<Q> : Record<string, never>;
  body: B extends z.ZodType ? z.output<B> : undefined;
};

/** What a read receives: the caller, its inputs parsed, and the database. */
export type ReadRequest<P extends Shape, Q extends Shape | undefined, B extends z.ZodType | undefined> = Inputs<P, Q, B> & {
  caller: TokenCaller;
  db: Executor;
  url: URL;
};

/** What a write receives: a command context acting as the token (in one transaction), and its inputs. */
export type WriteRequest<P extends Shape, Q extends Shape | undefined, B extends z.ZodType | undefined> = Inputs<P, Q, B> & {
  caller: TokenCaller;
  ctx: OrgCommandContext;
};

type Common<P extends Shape, Q extends Shape | undefined, B extends z.ZodType | undefined> = {
  method: Method;
  /** The OpenAPI path under /api/v1, with {name} parameters; `orgId` is the token's organization. `/me` is the token itself. */
  path: `/orgs/{orgId}${string}` | '/me';
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params: P;
  query?: Q;
  body?: B;
  success: { status: 200 | 201 | 204; description: string; schema?: z.ZodType; headers?: Record<string, string> };
  /** Answers it may give besides the success and 401/403/404/429 (documented in OpenAPI). */
  errors?: number[];
};

export type ReadOperation<P extends Shape, Q extends Shape | undefined, B extends z.ZodType | undefined> = Common<P, Q, B> & {
  kind: 'read';
  /** The scope (and permission of the owner's role) a read needs; checked before it runs. */
  scope: OrgPermission | null;
  handle: (request: ReadRequest<P, Q, B>) => Promise<Reply>;
};

export type WriteOperation<P extends Shape, Q extends Shape | undefined, B extends z.ZodType | undefined> = Common<P, Q, B> & {
  kind: 'write';
  /** Membership changes: commands queue on the organization row, as the browser's do. */
  serialize?: boolean;
  /** POST: the same `Idempotency-Key` gets the same answer for 24 hours. */
  idempotent?: boolean;
  /**
   * The organization permission the command will require, checked before `etag` so that a caller who may
   * not write learns nothing from 412 versus 403 (the command checks it again).
   */
  permission?: OrgPermission;
  /** PATCH with lost-update protection: the resource's ETag now, read in the transaction; null if it is gone. */
  etag?: (request: WriteRequest<P, Q, B>) => Promise<string | null>;
  handle: (request: WriteRequest<P, Q, B>) => Promise<Reply>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = (ReadOperation<any, any, any> | WriteOperation<any, any, any>) & { route?: RouteHandler };

/** Every operation defined, in definition order: the OpenAPI document and the matrix test read it. */
export const OPERATIONS: AnyOperation[] = [];

export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * Defines one API operation and returns its route handler. Every request: token (401), rate limit (429),
 * organization in the path = the token's (else 404, as for anything out of reach), inputs parsed
 * (problem+json with field errors), then the read (after its scope check) or the write (a domain
 * command in one transaction, audited with the token as actor).
 */
export function defineOperation<P extends Shape, Q extends Shape | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  operation: ReadOperation<P, Q, B> | WriteOperation<P, Q, B>,
): RouteHandler {
  const route: RouteHandler = async (request, context) => {
    try {
      const caller = await authenticate(request);
      if (caller instanceof Response) return caller;
      const refusal = rateLimitRefusal(caller.limit);
      if (refusal) return refusal;
      // A route without dynamic segments (/me) may get no params at all.
      return withRateLimitHeaders(await answer(operation, request, caller, (await context?.params) ?? {}), caller.limit);
    } catch (error) {
      console.error('api request failed', error);
      return problem(500, 'Something went wrong. Nothing was changed; try again.');
    }
  };
  OPERATIONS.push({ ...(operation as AnyOperation), route });
  return route;
}

async function answer<P extends Shape, Q extends Shape | undefined, B extends z.ZodType | undefined>(
  operation: ReadOperation<P, Q, B> | WriteOperation<P, Q, B>,
  request: Request,
  caller: TokenCaller,
  rawParams: Record<string, string>,
): Promise<Response> {
  if (operation.path !== '/me' && rawParams.orgId !== caller.orgId) return problem(404, NOT_FOUND_MESSAGE);
  const params = readParams(operation.params, rawParams);
  if (params instanceof Response) return params;
  const url = new URL(request.url);
  const query = operation.query ? readQuery(operation.query, url) : {};
  if (query instanceof Response) return query;
  const body = operation.body ? await readJsonBody(operation.body, request) : undefined;
  if (body instanceof Response) return body;
  const inputs = { params, query, body } as Inputs<P, Q, B>;

  if (operation.kind === 'read') {
    if (operation.scope && !tokenCan(caller, operation.scope)) {
      return problem(
        403,
        caller.scopes.has(operation.scope) ? 'Your role does not allow this.' : `The token does not have the ${operation.scope} scope.`,
      );
    }
    try {
      return replyResponse(await operation.handle({ ...inputs, caller, db: await getDb(), url }), operation.success.status);
    } catch (error) {
      if (error instanceof ActionError) {
        const { code, message, fieldErrors, retryAfterS } = error;
        return failureProblem({ ok: false, code, message, fieldErrors, retryAfterS });
      }
      throw error;
    }
  }
  return runApiCommand(operation, request, caller, inputs);
}
