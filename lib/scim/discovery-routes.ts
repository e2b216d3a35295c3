import 'server-only';
import { resourceTypes, schemas, serviceProviderConfig } from './discovery';
import { scimRoute } from './door';
import { scimJson, ScimRefusal } from './respond';

export const serviceProviderConfigRoute = scimRoute(async ({ caller }) => scimJson(serviceProviderConfig(caller.orgId)));
export const resourceTypesRoute = scimRoute(async ({ caller }) => scimJson(resourceTypes(caller.orgId)));
export const schemasRoute = scimRoute(async ({ caller }) => scimJson(schemas(caller.orgId)));

/** Anything else under the base URL: a SCIM 404, not an HTML page. */
export const unknownEndpointRoute = scimRoute(async ({ params }) => {
  throw new ScimRefusal(404, `This SCIM server has no endpoint /${[params.rest].flat().join('/')}: it provisions Users and Groups.`);
});
