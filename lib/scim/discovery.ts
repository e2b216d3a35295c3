import 'server-only';
import { scimBaseUrl } from './base-url';
import { SCHEMA } from './respond';

/** Users are paged with at most this many per request. */
export const SCIM_MAX_RESULTS = 200;

type Attribute = {
  name: string;
  type: 'string' | 'boolean' | 'complex';
  multiValued: boolean;
  required: boolean;
  caseExact: boolean;
  mutability: 'readOnly' | 'readWrite' | 'immutable';
  returned: 'default' | 'always';
  uniqueness: 'none' | 'server';
  description: string;
  subAttributes?: Attribute[];
};

const attribute = (name: string, description: string, more: Partial<Attribute> = {}): Attribute => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  description,
  ...more,
});

const USER_ATTRIBUTES: Attribute[] = [
  attribute('userName', 'The person’s email address: it identifies them, and cannot change.', {
    required: true,
    uniqueness: 'server',
    mutability: 'immutable',
  }),
  attribute('name', 'The person’s name.', {
    type: 'complex',
    subAttributes: [
      attribute('givenName', 'Given name.'),
      attribute('familyName', 'Family name.'),
      attribute('formatted', 'The full name.', { mutability: 'readOnly' }),
    ],
  }),
  attribute('displayName', 'The name shown for the person.'),
  attribute('emails', 'The person’s address: the userName, as a work email.', {
    type: 'complex',
    multiValued: true,
    mutability: 'readOnly',
    subAttributes: [
      attribute('value', 'The address.'),
      attribute('type', 'Always work.'),
      attribute('primary', 'Always true.', { type: 'boolean' }),
    ],
  }),
  attribute('active', 'Whether the person has access: false removes it at once.', { type: 'boolean' }),
];

const ROSTER_USER_ATTRIBUTES: Attribute[] = [
  attribute('membership', '`member`, `invited` (an existing account was invited and has not accepted yet) or `none`.', {
    mutability: 'readOnly',
  }),
  attribute('role', 'The member’s role in the organization, while they are a member.', { mutability: 'readOnly' }),
];

export function serviceProviderConfig(orgId: string) {
  return {
    schemas: [SCHEMA.serviceProviderConfig],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: 'The token shown once on the organization’s Provisioning page, as Authorization: Bearer <token>.',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${scimBaseUrl(orgId)}/ServiceProviderConfig` },
  };
}

export function resourceTypes(orgId: string) {
  const user = {
    schemas: [SCHEMA.resourceType],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'A person in the organization: a member, or someone invited.',
    schema: SCHEMA.user,
    schemaExtensions: [{ schema: SCHEMA.rosterUser, required: false }],
    meta: { resourceType: 'ResourceType', location: `${scimBaseUrl(orgId)}/ResourceTypes/User` },
  };
  return listOf([user]);
}

export function schemas(orgId: string) {
  const schema = (id: string, name: string, description: string, attributes: Attribute[]) => ({
    schemas: [SCHEMA.schema],
    id,
    name,
    description,
    attributes,
    meta: { resourceType: 'Schema', location: `${scimBaseUrl(orgId)}/Schemas/${id}` },
  });
  return listOf([
    schema(SCHEMA.user, 'User', 'A person in the organization.', USER_ATTRIBUTES),
    schema(SCHEMA.rosterUser, 'RosterUser', 'What the person is in the organization now.', ROSTER_USER_ATTRIBUTES),
  ]);
}

/** A ListResponse (RFC 7644 §3.4.2) of one page. */
export function listOf<T>(resources: T[], page: { total?: number; startIndex?: number } = {}) {
  return {
    schemas: [SCHEMA.listResponse],
    totalResults: page.total ?? resources.length,
    startIndex: page.startIndex ?? 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
