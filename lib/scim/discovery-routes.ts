import 'server-only';
import { resourceTypes, schemas, serviceProviderConfig } from './discovery';
import { scimRoute } from './door';
import { scimJson } from './respond';

export const serviceProviderConfigRoute = scimRoute(async ({ caller }) => scimJson(serviceProviderConfig(caller.orgId)));
export const resourceTypesRoute = scimRoute(async ({ caller }) => scimJson(resourceTypes(caller.orgId)));
export const schemasRoute = scimRoute(async ({ caller }) => scimJson(schemas(caller.orgId)));
