import 'server-only';
import { scimPatch, type ScimPatchOperation, type ScimResource } from 'scim-patch';
import { SCIM_MAX_RESULTS } from './discovery';
import type { ScimRequest } from './door';
import { SCHEMA, ScimRefusal } from './respond';

const MAX_BODY_BYTES = 1024 * 1024;

/** The request's JSON body, sent as application/scim+json (or application/json, as some identity providers do). */
export async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(scim\+)?json\b/i.test(type)) throw new ScimRefusal(400, 'Send the body as application/scim+json.', 'invalidSyntax');
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) throw new ScimRefusal(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ScimRefusal(400, 'The body is not valid JSON.', 'invalidSyntax');
  }
}

const whole = (value: string | null, fallback: number) => {
  const n = value === null || value === '' ? fallback : Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
};

/** RFC 7644 §3.4.2.4: startIndex is 1-based (less counts as 1), count at most SCIM_MAX_RESULTS (less than 0 counts as 0). */
export function pageOf(query: URLSearchParams): { startIndex: number; offset: number; count: number } {
  const startIndex = Math.max(1, whole(query.get('startIndex'), 1));
  const count = Math.min(SCIM_MAX_RESULTS, Math.max(0, whole(query.get('count'), 100)));
  return { startIndex, offset: startIndex - 1, count };
}

/** Ids are UUIDs: anything else is simply not found (and never reaches the database as a bad cast). */
export function resourceId(params: ScimRequest['params'], notFound: string): string {
  const id = typeof params.id === 'string' ? params.id : '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new ScimRefusal(404, notFound);
  return id.toLowerCase();
}

/** The PatchOp's operations, with Microsoft Entra ID's capitalised `op`s lowered. */
export function patchOperations(body: unknown): ScimPatchOperation[] {
  const operations =
    (body as { Operations?: unknown; operations?: unknown } | null)?.Operations ?? (body as { operations?: unknown })?.operations;
  const schemas = (body as { schemas?: unknown })?.schemas;
  if (!Array.isArray(schemas) || !schemas.includes(SCHEMA.patchOp) || !Array.isArray(operations) || operations.length === 0)
    throw new ScimRefusal(400, `Send a PatchOp (${SCHEMA.patchOp}) with at least one operation.`, 'invalidSyntax');
  return operations.map((operation) => {
    const op = String((operation as { op?: unknown })?.op ?? '').toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove') throw new ScimRefusal(400, `Unknown operation "${op}".`, 'invalidSyntax');
    return { ...(operation as object), op } as ScimPatchOperation;
  });
}

/** The resource with the operations applied (scim-patch); a patch that cannot apply is refused with its scimType. */
export function applyPatch(resource: object, operations: ScimPatchOperation[]): unknown {
  try {
    return scimPatch(resource as ScimResource, operations);
  } catch (error) {
    const name = (error as { constructor?: { name?: string } }).constructor?.name ?? '';
    throw new ScimRefusal(
      400,
      (error as Error).message,
      name === 'NoTarget' ? 'noTarget' : name === 'InvalidScimPatchOp' ? 'invalidPath' : 'invalidValue',
    );
  }
}
