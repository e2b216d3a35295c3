/**
 * The typed API client (openapi-fetch over the types generated from docs/api/openapi.json) that
 * integration tests drive the API with. Requests go in process to the very route handlers Next serves,
 * and every answer is checked against the committed document: its status must be documented for the
 * operation and its body must validate (Ajv, JSON Schema 2020-12), so neither can drift from the other.
 */
import { readFileSync } from 'node:fs';
import createClient from 'openapi-fetch';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { paths } from '@/lib/api/client/schema';
import { OPERATIONS } from '@/lib/api/v1';

type Document = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };

const documentText = readFileSync(new URL('../../docs/api/openapi.json', import.meta.url), 'utf8');
const document = JSON.parse(documentText) as Document;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
// Response schemas are compiled on their own: their references point into the document, added under one id.
ajv.addSchema(JSON.parse(documentText.replaceAll('"#/components/', '"openapi#/components/')), 'openapi');
const compiled = new Map<string, ValidateFunction>();

function validatorFor(path: string, method: string, status: number, type: string): ValidateFunction | null | undefined {
  const responses = document.paths[path]?.[method]?.responses;
  const described = responses?.[String(status)];
  if (!described) return undefined;
  const content = described.content?.[type];
  if (!content) return null;
  const key = `${method} ${path} ${status} ${type}`;
  if (!compiled.has(key)) {
    const schema = JSON.parse(JSON.stringify(content.schema).replaceAll('"#/components/', '"openapi#/components/'));
    compiled.set(key, ajv.compile(schema));
  }
  return compiled.get(key)!;
}

function match(template: string, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = template.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'));
  const found = new RegExp(`^${pattern}$`).exec(pathname);
  return found ? Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)])) : null;
}

/** Sends a request to the operation's route handler, then checks the answer against the document. */
export async function inProcessFetch(input: Request | string, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init);
  const { pathname } = new URL(request.url);
  for (const operation of OPERATIONS) {
    const template = `/api/v1${operation.path}`;
    const params = operation.method === request.method.toLowerCase() ? match(template, pathname) : null;
    if (!params) continue;
    // As Next does, a route without dynamic segments gets no params object.
    const context = { params: Promise.resolve(Object.keys(params).length > 0 ? params : undefined) as Promise<Record<string, string>> };
    const response = await operation.route!(request, context);
    await checkAgainstDocument(template, operation.method, response.clone());
    return response;
  }
  throw new Error(`No API operation answers ${request.method} ${pathname}`);
}

async function checkAgainstDocument(path: string, method: string, response: Response): Promise<void> {
  const where = `${method.toUpperCase()} ${path} → ${response.status}`;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!;
  const validate = validatorFor(path, method, response.status, type);
  if (validate === undefined) throw new Error(`${where}: the OpenAPI document does not describe this status`);
  if (response.status === 204) return;
  if (validate === null) throw new Error(`${where}: the document describes no ${type} body`);
  const body: unknown = await response.json();
  if (!validate(body))
    throw new Error(`${where}: the body does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)}`);
}

/** A typed client acting with `secret` (none: no Authorization header). */
export function apiClient(secret: string | null, headers: Record<string, string> = {}) {
  return createClient<paths>({
    baseUrl: 'http://localhost:3000',
    fetch: inProcessFetch,
    headers: { ...(secret ? { Authorization: `Bearer ${secret}` } : {}), ...headers },
  });
}
