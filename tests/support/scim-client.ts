/**
 * Calls the SCIM routes in process, as an identity provider would over HTTP: each request goes to the very
 * route handler Next serves for its path, with the organization's bearer token.
 */
import * as serviceProviderConfig from '@/app/scim/v2/[orgId]/ServiceProviderConfig/route';
import * as resourceTypes from '@/app/scim/v2/[orgId]/ResourceTypes/route';
import * as schemas from '@/app/scim/v2/[orgId]/Schemas/route';
import * as users from '@/app/scim/v2/[orgId]/Users/route';
import * as user from '@/app/scim/v2/[orgId]/Users/[id]/route';
import * as groups from '@/app/scim/v2/[orgId]/Groups/route';
import * as group from '@/app/scim/v2/[orgId]/Groups/[id]/route';
import * as unknown from '@/app/scim/v2/[orgId]/[...rest]/route';

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Module = Partial<Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', Handler>>;

const ROUTES: Array<[RegExp, Module, string[]]> = [
  [/^\/scim\/v2\/([^/]+)\/ServiceProviderConfig$/, serviceProviderConfig, ['orgId']],
  [/^\/scim\/v2\/([^/]+)\/ResourceTypes$/, resourceTypes, ['orgId']],
  [/^\/scim\/v2\/([^/]+)\/Schemas$/, schemas, ['orgId']],
  [/^\/scim\/v2\/([^/]+)\/Users$/, users, ['orgId']],
  [/^\/scim\/v2\/([^/]+)\/Users\/([^/]+)$/, user, ['orgId', 'id']],
  [/^\/scim\/v2\/([^/]+)\/Groups$/, groups, ['orgId']],
  [/^\/scim\/v2\/([^/]+)\/Groups\/([^/]+)$/, group, ['orgId', 'id']],
  [/^\/scim\/v2\/([^/]+)\/(.+)$/, unknown, ['orgId', 'rest']],
];

export type ScimAnswer = {
  status: number;
  body: Record<string, unknown> & { Resources?: Array<Record<string, unknown>> };
  headers: Headers;
};

/** A client for one organization's SCIM base, sending `secret` as the bearer token. */
export function scimClient(orgId: string, secret: string | null) {
  async function send(method: keyof Module, path: string, body?: unknown, contentType = 'application/scim+json'): Promise<ScimAnswer> {
    const url = new URL(`http://localhost:3000/scim/v2/${orgId}${path}`);
    const route = ROUTES.find(([pattern]) => pattern.test(url.pathname));
    if (!route) throw new Error(`no SCIM route for ${url.pathname}`);
    const [pattern, module, names] = route;
    const values = pattern.exec(url.pathname)!.slice(1).map(decodeURIComponent);
    const handler = module[method];
    if (!handler) throw new Error(`${method} is not served at ${url.pathname}`);
    const headers: Record<string, string> = secret ? { Authorization: `Bearer ${secret}` } : {};
    if (body !== undefined) headers['Content-Type'] = contentType;
    const response = await handler(new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
      // A catch-all segment arrives as an array of segments, as Next gives it.
      params: Promise.resolve(Object.fromEntries(names.map((name, i) => [name, name === 'rest' ? values[i]!.split('/') : values[i]!]))),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as ScimAnswer['body']) : {}, headers: response.headers };
  }
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown, contentType?: string) => send('POST', path, body, contentType),
    put: (path: string, body: unknown) => send('PUT', path, body),
    patch: (path: string, operations: unknown[]) =>
      send('PATCH', path, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: operations }),
    delete: (path: string) => send('DELETE', path),
  };
}
