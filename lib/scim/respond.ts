import 'server-only';

export const SCIM_CONTENT_TYPE = 'application/scim+json';
export const SCHEMA = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  rosterUser: 'urn:ietf:params:scim:schemas:extension:roster:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  rosterGroup: 'urn:ietf:params:scim:schemas:extension:roster:2.0:Group',
  listResponse: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patchOp: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

/** RFC 7644 §3.12's error `scimType`s this server answers with. */
export type ScimType =
  'uniqueness' | 'invalidFilter' | 'invalidValue' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'mutability' | 'tooMany';

export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': SCIM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}

/** A SCIM error body (RFC 7644 §3.12): the status as a string, a detail a person can act on, and the scimType if any. */
export function scimError(status: number, detail: string, scimType?: ScimType, headers: Record<string, string> = {}): Response {
  return scimJson({ schemas: [SCHEMA.error], status: String(status), ...(scimType ? { scimType } : {}), detail }, status, headers);
}

/** A thrown refusal the SCIM door turns into its error body. */
export class ScimRefusal extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
  }
}
