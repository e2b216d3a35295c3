import 'server-only';
import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { OPERATIONS } from './v1';
import type { AnyOperation } from './operation';

const STATUS_TEXT: Record<number, string> = {
  400: 'A query parameter, a header or the JSON is not valid; `errors` says which.',
  401: 'No token, or it is not valid, has expired or was revoked.',
  403: "The token's scopes, or the role it acts with, do not allow this.",
  404: 'Not found, or not reachable with this token.',
  409: 'It conflicts with the current state (the last Admin, a name already used).',
  412: '`If-Match` does not match the current ETag: read it again, then retry.',
  413: 'The body is too large.',
  415: 'The body was not sent as JSON.',
  422: 'The body is not valid; `errors` points at each field.',
  429: 'Too many requests with this token; `Retry-After` says when to try again.',
};

/** Each tag's line in the reference, in the order operations are defined. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  Organization: 'The organization the token belongs to.',
  Members: 'The people in the organization and their roles.',
  Access: 'What a member may do on each app, and what grants it.',
  Invitations: 'Invitations to join, sent by email.',
  Teams: 'Teams, their members and the apps they grant.',
  Apps: "The organization's apps and the teams with access to them.",
  'Audit log': 'Who changed what, and when.',
};

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z
      .array(
        z.object({
          detail: z.string(),
          pointer: z.string().optional().meta({ description: 'A JSON pointer into the body.' }),
          parameter: z.string().optional().meta({ description: 'A query parameter.' }),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem', description: 'An error, as RFC 9457 problem details.' });

const rateLimitHeaders = {
  RateLimit: { description: 'Requests left in the window and seconds until it resets.', schema: { type: 'string' as const } },
  'RateLimit-Policy': { description: "The token's allowance and window.", schema: { type: 'string' as const } },
};

function responses(operation: AnyOperation): Record<string, ResponseConfig> {
  const { success } = operation;
  const successHeaders = {
    ...rateLimitHeaders,
    ...Object.fromEntries(
      Object.entries(success.headers ?? {}).map(([name, description]) => [name, { description, schema: { type: 'string' as const } }]),
    ),
  };
  const answers: Record<string, ResponseConfig> = {
    [success.status]: {
      description: success.description,
      headers: successHeaders,
      ...(success.schema ? { content: { 'application/json': { schema: success.schema } } } : {}),
    },
  };
  const idempotent = operation.kind === 'write' && operation.idempotent;
  const statuses = new Set([
    401,
    403,
    404,
    429,
    ...(operation.errors ?? []),
    ...(operation.body ? [400, 413, 415, 422] : []),
    ...(idempotent ? [400, 422] : []),
  ]);
  for (const status of [...statuses].sort()) {
    answers[status] = {
      description: STATUS_TEXT[status] ?? 'An error.',
      ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } } } : {}),
      content: { 'application/problem+json': { schema: problemSchema } },
    };
  }
  return answers;
}

function requestHeaders(operation: AnyOperation) {
  if (operation.kind !== 'write') return undefined;
  if (operation.idempotent) {
    return z.object({
      'Idempotency-Key': z
        .string()
        .min(1)
        .max(255)
        .optional()
        .meta({ description: 'Retry safely: the same key gets the same answer for 24 hours.' }),
    });
  }
  if (operation.etag) {
    return z.object({
      'If-Match': z.string().optional().meta({ description: 'The ETag you read: refused with 412 if it changed since.' }),
    });
  }
  return undefined;
}

let built: ReturnType<typeof buildDocument> | undefined;

/** The API's OpenAPI 3.1 document, generated from the operations' own zod schemas (once: they never change while running). */
export function openApiDocument() {
  return (built ??= buildDocument());
}

function buildDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description:
      'A personal access token (`roster_pat_…`, from Account → API tokens), which acts as its owner, or an organization API key (`roster_oak_…`, from the organization’s API keys page), which acts with the role it was given and belongs to no team.',
  });
  for (const operation of OPERATIONS) {
    registry.registerPath({
      method: operation.method,
      path: `/api/v1${operation.path}`,
      operationId: operation.operationId,
      summary: operation.summary,
      description: operation.description,
      tags: [operation.tag],
      security: [{ token: [] }],
      request: {
        params: operation.params,
        query: operation.query,
        headers: requestHeaders(operation),
        body: operation.body ? { required: true, content: { 'application/json': { schema: operation.body } } } : undefined,
      },
      responses: responses(operation),
    });
  }
  const tags = [...new Set(OPERATIONS.map((operation) => operation.tag))];
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Roster API',
      version: '1.0.0',
      description:
        'Manage an organization of Roster without a browser, under the same rules as the web app: a personal token acts as its owner and an organization API key with its own role, each limited to its scopes.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    // Relative: each Roster serves its own document, with paths on its own address.
    servers: [{ url: '/' }],
    tags: tags.map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name })),
  });
}
