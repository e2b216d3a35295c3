import 'server-only';
import type { ScimPatchOperation } from 'scim-patch';
import { getDb } from '@/db';
import { findScimGroup, listScimGroups, lockScimGroup } from '@/db/queries/scim-groups';
import { createScimGroup, deleteScimGroupCommand, GROUP_NOT_FOUND, replaceScimGroup } from '@/domain/scim/groups';
import { listOf } from './discovery';
import { runScimCommand, scimRoute, type ScimRequest } from './door';
import { groupFilter } from './filter';
import { readGroupFields, toScimGroup, wantsMembers } from './groups';
import { applyPatch, pageOf, patchOperations, readBody, resourceId } from './request';
import { scimJson, ScimRefusal } from './respond';
import { project } from './users';

/** The Group as it is now, projected as the query asks (its members read only when they are wanted). */
async function groupAnswer(scim: ScimRequest, id: string, status = 200) {
  const query = scim.url.searchParams;
  const row = await findScimGroup(await getDb(), scim.caller.orgId, id, wantsMembers(query));
  if (!row) throw new ScimRefusal(404, GROUP_NOT_FOUND);
  const resource = toScimGroup(row, scim.caller.orgId);
  const body = project(resource, query.get('attributes'), query.get('excludedAttributes'));
  return scimJson(body, status, status === 201 ? { Location: resource.meta.location } : {});
}

/** GET /Groups: filtered on displayName, externalId or id, paged, with totalResults. */
export const listGroupsRoute = scimRoute(async (scim) => {
  const query = scim.url.searchParams;
  const { startIndex, offset, count } = pageOf(query);
  const page = await listScimGroups(await getDb(), scim.caller.orgId, groupFilter(query.get('filter')), {
    offset,
    count,
    withMembers: wantsMembers(query),
  });
  const resources = page.rows.map((row) =>
    project(toScimGroup(row, scim.caller.orgId), query.get('attributes'), query.get('excludedAttributes')),
  );
  return scimJson(listOf(resources, { total: page.total, startIndex }));
});

export const createGroupRoute = scimRoute(async (scim) => {
  const input = readGroupFields(await readBody(scim.request));
  const { id } = await runScimCommand(scim.caller, (ctx) => createScimGroup(ctx, input));
  return groupAnswer(scim, id, 201);
});

export const getGroupRoute = scimRoute(async (scim) => groupAnswer(scim, resourceId(scim.params, GROUP_NOT_FOUND)));

export const replaceGroupRoute = scimRoute(async (scim) => {
  const id = resourceId(scim.params, GROUP_NOT_FOUND);
  const input = readGroupFields(await readBody(scim.request));
  await runScimCommand(scim.caller, (ctx) => replaceScimGroup(ctx, id, input));
  return groupAnswer(scim, id);
});

/**
 * Microsoft Entra ID removes members as `{op: 'Remove', path: 'members', value: [{value}]}`; scim-patch
 * removes only entries equal to what is sent, and ours carry `display` and `$ref` too, so each becomes
 * the standard `members[value eq "…"]` removal.
 */
function removalsByValue(operation: ScimPatchOperation): ScimPatchOperation[] {
  const value = (operation as { value?: unknown }).value;
  if (operation.op !== 'remove' || operation.path?.toLowerCase() !== 'members' || !Array.isArray(value)) return [operation];
  return value.map((member: unknown) => {
    const id = (member as { value?: unknown } | null)?.value;
    if (typeof id !== 'string') throw new ScimRefusal(400, 'Each member to remove needs a value.', 'invalidValue');
    return { op: 'remove', path: `members[value eq ${JSON.stringify(id)}]` };
  });
}

/**
 * PATCH: the operations (Okta's `members[value eq "…"]` removals, Entra's capitalised ops and value
 * lists) applied to the Group as it is, in the transaction that saves the result. Answers 204, as
 * RFC 7644 §3.5.2 allows, unless the caller asked for attributes back.
 */
export const patchGroupRoute = scimRoute(async (scim) => {
  const id = resourceId(scim.params, GROUP_NOT_FOUND);
  const operations = patchOperations(await readBody(scim.request));
  await runScimCommand(scim.caller, async (ctx) => {
    const row = await lockScimGroup(ctx.tx, ctx.orgId, id);
    if (!row) throw new ScimRefusal(404, GROUP_NOT_FOUND);
    await replaceScimGroup(ctx, id, readGroupFields(applyPatch(toScimGroup(row, ctx.orgId), operations.flatMap(removalsByValue))));
  });
  const query = scim.url.searchParams;
  return query.get('attributes') || query.get('excludedAttributes') ? groupAnswer(scim, id) : scimJson(null, 204);
});

export const deleteGroupRoute = scimRoute(async (scim) => {
  const id = resourceId(scim.params, GROUP_NOT_FOUND);
  await runScimCommand(scim.caller, (ctx) => deleteScimGroupCommand(ctx, id));
  return scimJson(null, 204);
});
