import 'server-only';
import { scimPatch, type ScimPatchOperation, type ScimResource } from 'scim-patch';
import { getDb } from '@/db';
import { findScimUser, listScimUsers, lockScimUser } from '@/db/queries/scim-users';
import { createScimUser, deleteScimUserCommand, replaceScimUser, USER_NOT_FOUND } from '@/domain/scim/users';
import { listOf, SCIM_MAX_RESULTS } from './discovery';
import { runScimCommand, scimRoute, type ScimRequest } from './door';
import { userFilter } from './filter';
import { SCHEMA, scimJson, ScimRefusal } from './respond';
import { project, readUserFields, toScimUser } from './users';

const MAX_BODY_BYTES = 64 * 1024;

async function readBody(request: Request): Promise<unknown> {
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

/** One User, projected as the query asks. */
function userAnswer({ url }: ScimRequest, resource: ReturnType<typeof toScimUser>, status = 200) {
  const body = project(resource, url.searchParams.get('attributes'), url.searchParams.get('excludedAttributes'));
  return scimJson(body, status, status === 201 ? { Location: resource.meta.location } : {});
}

async function userNow(scim: ScimRequest, id: string) {
  const row = await findScimUser(await getDb(), scim.caller.orgId, id);
  if (!row) throw new ScimRefusal(404, USER_NOT_FOUND);
  return toScimUser(row, scim.caller.orgId);
}

/** Ids are UUIDs: anything else is simply not found (and never reaches the database as a bad cast). */
function userId(params: ScimRequest['params']): string {
  const id = typeof params.id === 'string' ? params.id : '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new ScimRefusal(404, USER_NOT_FOUND);
  return id.toLowerCase();
}

/** GET /Users: filtered (RFC 7644 §3.4.2.2), paged by startIndex (1-based) and count, with totalResults. */
export const listUsersRoute = scimRoute(async (scim) => {
  const query = scim.url.searchParams;
  const startIndex = Math.max(1, whole(query.get('startIndex'), 1));
  const count = Math.min(SCIM_MAX_RESULTS, Math.max(0, whole(query.get('count'), 100)));
  const page = await listScimUsers(await getDb(), scim.caller.orgId, userFilter(query.get('filter')), { offset: startIndex - 1, count });
  const resources = page.rows.map((row) =>
    project(toScimUser(row, scim.caller.orgId), query.get('attributes'), query.get('excludedAttributes')),
  );
  return scimJson(listOf(resources, { total: page.total, startIndex }));
});

export const createUserRoute = scimRoute(async (scim) => {
  const fields = readUserFields(await readBody(scim.request));
  const { id } = await runScimCommand(scim.caller, (ctx) => createScimUser(ctx, fields));
  return userAnswer(scim, await userNow(scim, id), 201);
});

export const getUserRoute = scimRoute(async (scim) => userAnswer(scim, await userNow(scim, userId(scim.params))));

export const replaceUserRoute = scimRoute(async (scim) => {
  const id = userId(scim.params);
  const fields = readUserFields(await readBody(scim.request));
  await runScimCommand(scim.caller, (ctx) => replaceScimUser(ctx, id, fields));
  return userAnswer(scim, await userNow(scim, id));
});

/** The PatchOp's operations, with Microsoft Entra ID's capitalised `op`s lowered. */
function patchOperations(body: unknown): ScimPatchOperation[] {
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

/** PATCH: the operations applied (scim-patch) to the User as it is, in the transaction that saves the result. */
export const patchUserRoute = scimRoute(async (scim) => {
  const id = userId(scim.params);
  const operations = patchOperations(await readBody(scim.request));
  await runScimCommand(scim.caller, async (ctx) => {
    const row = await lockScimUser(ctx.tx, ctx.orgId, id);
    if (!row) throw new ScimRefusal(404, USER_NOT_FOUND);
    let patched: unknown;
    try {
      patched = scimPatch(toScimUser(row, ctx.orgId) as unknown as ScimResource, operations);
    } catch (error) {
      const name = (error as { name?: string; constructor?: { name?: string } }).constructor?.name ?? '';
      throw new ScimRefusal(
        400,
        (error as Error).message,
        name === 'NoTarget' ? 'noTarget' : name === 'InvalidScimPatchOp' ? 'invalidPath' : 'invalidValue',
      );
    }
    await replaceScimUser(ctx, id, readUserFields(patched));
  });
  return userAnswer(scim, await userNow(scim, id));
});

export const deleteUserRoute = scimRoute(async (scim) => {
  const id = userId(scim.params);
  await runScimCommand(scim.caller, (ctx) => deleteScimUserCommand(ctx, id));
  return scimJson(null, 204);
});
