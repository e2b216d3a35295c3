import 'server-only';
import { getDb } from '@/db';
import { findScimUser, listScimUsers, lockScimUser } from '@/db/queries/scim-users';
import { createScimUser, deleteScimUserCommand, replaceScimUser, USER_NOT_FOUND } from '@/domain/scim/users';
import { listOf } from './discovery';
import { runScimCommand, scimRoute, type ScimRequest } from './door';
import { userFilter } from './filter';
import { applyPatch, pageOf, patchOperations, readBody, resourceId } from './request';
import { scimJson, ScimRefusal } from './respond';
import { project, readUserFields, toScimUser } from './users';

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

/** GET /Users: filtered (RFC 7644 §3.4.2.2), paged by startIndex (1-based) and count, with totalResults. */
export const listUsersRoute = scimRoute(async (scim) => {
  const query = scim.url.searchParams;
  const { startIndex, offset, count } = pageOf(query);
  const page = await listScimUsers(await getDb(), scim.caller.orgId, userFilter(query.get('filter')), { offset, count });
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

export const getUserRoute = scimRoute(async (scim) => userAnswer(scim, await userNow(scim, resourceId(scim.params, USER_NOT_FOUND))));

export const replaceUserRoute = scimRoute(async (scim) => {
  const id = resourceId(scim.params, USER_NOT_FOUND);
  const fields = readUserFields(await readBody(scim.request));
  await runScimCommand(scim.caller, (ctx) => replaceScimUser(ctx, id, fields));
  return userAnswer(scim, await userNow(scim, id));
});

/** PATCH: the operations applied (scim-patch) to the User as it is, in the transaction that saves the result. */
export const patchUserRoute = scimRoute(async (scim) => {
  const id = resourceId(scim.params, USER_NOT_FOUND);
  const operations = patchOperations(await readBody(scim.request));
  await runScimCommand(scim.caller, async (ctx) => {
    const row = await lockScimUser(ctx.tx, ctx.orgId, id);
    if (!row) throw new ScimRefusal(404, USER_NOT_FOUND);
    await replaceScimUser(ctx, id, readUserFields(applyPatch(toScimUser(row, ctx.orgId), operations)));
  });
  return userAnswer(scim, await userNow(scim, id));
});

export const deleteUserRoute = scimRoute(async (scim) => {
  const id = resourceId(scim.params, USER_NOT_FOUND);
  await runScimCommand(scim.caller, (ctx) => deleteScimUserCommand(ctx, id));
  return scimJson(null, 204);
});
