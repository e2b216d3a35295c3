import 'server-only';
import { z } from 'zod';
import type { ScimUserFields, ScimUserRow } from '@/db/queries/scim-users';
import { scimBaseUrl } from './base-url';
import { SCHEMA, ScimRefusal } from './respond';

export type ScimUserResource = {
  schemas: string[];
  id: string;
  externalId?: string;
  userName: string;
  name?: { givenName?: string; familyName?: string; formatted?: string };
  displayName?: string;
  emails: Array<{ value: string; type: 'work'; primary: true }>;
  active: boolean;
  [SCHEMA.rosterUser]: { membership: 'member' | 'invited' | 'none'; role: string | null };
  meta: { resourceType: 'User'; created: string; lastModified: string; location: string };
};

/** The SCIM User as the identity provider sees it, with Roster's extension saying what it is here now. */
export function toScimUser(row: ScimUserRow, orgId: string): ScimUserResource {
  const name = {
    ...(row.givenName ? { givenName: row.givenName } : {}),
    ...(row.familyName ? { familyName: row.familyName } : {}),
  };
  const formatted = [row.givenName, row.familyName].filter(Boolean).join(' ');
  return {
    schemas: [SCHEMA.user, SCHEMA.rosterUser],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    userName: row.userName,
    ...(formatted ? { name: { ...name, formatted } } : {}),
    ...(row.displayName ? { displayName: row.displayName } : {}),
    emails: [{ value: row.userName, type: 'work', primary: true }],
    active: row.active,
    [SCHEMA.rosterUser]: {
      // An invited account's owner has not accepted yet: the user is pending until they do.
      membership: row.memberRole ? 'member' : row.invitationPending ? 'invited' : 'none',
      role: row.memberRole,
    },
    meta: {
      resourceType: 'User',
      created: row.createdAt.toISOString(),
      lastModified: row.updatedAt.toISOString(),
      location: `${scimBaseUrl(orgId)}/Users/${row.id}`,
    },
  };
}

const text = z.string().trim().max(200);
/** Microsoft Entra ID sends booleans as "True"/"False". */
const flag = z.union([z.boolean(), z.enum(['True', 'true', 'False', 'false']).transform((v) => v.toLowerCase() === 'true')]);

const userBody = z.object({
  username: z.email().max(254),
  externalid: text.min(1).nullish(),
  displayname: text.nullish(),
  active: flag.optional(),
  name: z
    .record(z.string(), z.unknown())
    .transform((name) => lowerKeys(name))
    .pipe(z.object({ givenname: text.nullish(), familyname: text.nullish() }))
    .nullish(),
});

/** SCIM attribute names are case-insensitive (RFC 7643 §2.1): read them lowercased. */
function lowerKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key.toLowerCase(), v]));
}

/** A User body (POST, PUT, or a PATCHed resource) as the fields Roster keeps; refused with invalidValue. */
export function readUserFields(body: unknown): ScimUserFields {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new ScimRefusal(400, 'The body must be a SCIM User.', 'invalidSyntax');
  const parsed = userBody.safeParse(lowerKeys(body as Record<string, unknown>));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'body';
    const detail = field === 'username' ? 'userName must be the person’s email address.' : `${field}: ${issue.message}`;
    throw new ScimRefusal(400, detail, 'invalidValue');
  }
  const user = parsed.data;
  return {
    userName: user.username.toLowerCase(),
    externalId: user.externalid ?? null,
    displayName: user.displayname || null,
    givenName: user.name?.givenname || null,
    familyName: user.name?.familyname || null,
    active: user.active ?? true,
  };
}

/** RFC 7644 §3.4.2.5: `attributes` keeps only those named (with id and schemas), `excludedAttributes` drops those named. */
export function project<T extends Record<string, unknown>>(resource: T, attributes: string | null, excluded: string | null): Partial<T> {
  const names = (list: string) =>
    new Set(
      list
        .split(',')
        .map((name) =>
          name
            .trim()
            .replace(/^urn:ietf:params:scim:schemas:core:2\.0:(user|group):/i, '')
            .split('.')[0]!
            .toLowerCase(),
        )
        .filter(Boolean),
    );
  const always = new Set(['id', 'schemas']);
  if (attributes) {
    const keep = names(attributes);
    return Object.fromEntries(Object.entries(resource).filter(([key]) => always.has(key) || keep.has(key.toLowerCase()))) as Partial<T>;
  }
  if (excluded) {
    const drop = names(excluded);
    return Object.fromEntries(Object.entries(resource).filter(([key]) => always.has(key) || !drop.has(key.toLowerCase()))) as Partial<T>;
  }
  return resource;
}
