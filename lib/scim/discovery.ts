import 'server-only';
import { scimBaseUrl } from './base-url';
import { SCHEMA } from './respond';

/** Users and Groups are paged with at most this many per request. */
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

const GROUP_ATTRIBUTES: Attribute[] = [
  attribute('displayName', 'The group’s name: the name of the team it manages.', { required: true }),
  attribute('members', 'The group’s Users; those who are members of the organization are in its team.', {
    type: 'complex',
    multiValued: true,
    subAttributes: [
      attribute('value', 'The User’s id.', { mutability: 'immutable', caseExact: true }),
      attribute('display', 'The User’s userName.', { mutability: 'readOnly' }),
      attribute('$ref', 'The User’s URI.', { mutability: 'readOnly' }),
    ],
  }),
];

const ROSTER_GROUP_ATTRIBUTES: Attribute[] = [
  attribute('teamId', 'The Team ID of the team the group manages.', { mutability: 'readOnly', caseExact: true }),
  attribute('role', 'The role the group’s members are given, when the organization maps one to it.', { mutability: 'readOnly' }),
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
  const type = (name: 'User' | 'Group', description: string, schema: string, extension: string) => ({
    schemas: [SCHEMA.resourceType],
    id: name,
    name,
    endpoint: `/${name}s`,
    description,
    schema,
    schemaExtensions: [{ schema: extension, required: false }],
    meta: { resourceType: 'ResourceType', location: `${scimBaseUrl(orgId)}/ResourceTypes/${name}` },
  });
  return listOf([
    type('User', 'A person in the organization: a member, or someone invited.', SCHEMA.user, SCHEMA.rosterUser),
    type('Group', 'A team of the organization, managed by the identity provider.', SCHEMA.group, SCHEMA.rosterGroup),
  ]);
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
    schema(SCHEMA.group, 'Group', 'A team of the organization.', GROUP_ATTRIBUTES),
    schema(SCHEMA.rosterGroup, 'RosterGroup', 'The team the group manages here.', ROSTER_GROUP_ATTRIBUTES),
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
