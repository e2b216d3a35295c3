import 'server-only';
import { z } from 'zod';
import type { ScimGroupRow } from '@/db/queries/scim-groups';
import type { ScimGroupInput } from '@/domain/scim/groups';
import { scimBaseUrl } from './base-url';
import { SCHEMA, ScimRefusal } from './respond';

export type ScimGroupResource = {
  schemas: string[];
  id: string;
  externalId?: string;
  displayName: string;
  members: Array<{ value: string; display: string; $ref: string }>;
  [SCHEMA.rosterGroup]: { teamId: string; role: string | null };
  meta: { resourceType: 'Group'; created: string; lastModified: string; location: string };
};

/** The SCIM Group as the identity provider sees it, with Roster's extension naming the team it manages and the role it maps to. */
export function toScimGroup(row: ScimGroupRow, orgId: string): ScimGroupResource {
  const base = scimBaseUrl(orgId);
  return {
    schemas: [SCHEMA.group, SCHEMA.rosterGroup],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    displayName: row.displayName,
    members: row.members.map((m) => ({ value: m.value, display: m.display, $ref: `${base}/Users/${m.value}` })),
    [SCHEMA.rosterGroup]: { teamId: row.teamId, role: row.role },
    meta: {
      resourceType: 'Group',
      created: new Date(row.createdAt).toISOString(),
      lastModified: new Date(row.updatedAt).toISOString(),
      location: `${base}/Groups/${row.id}`,
    },
  };
}

const groupBody = z.object({
  // A team's name: 1 to 100 characters.
  displayname: z.string().trim().min(1).max(100),
  externalid: z.string().trim().min(1).max(200).nullish(),
  members: z
    .array(z.record(z.string(), z.unknown()).transform((m) => z.object({ value: z.string().min(1).max(100) }).parse(lowerValue(m))))
    .max(100_000)
    .nullish(),
});

/** A member's `value`, whatever the case of the key (SCIM attribute names are case-insensitive). */
function lowerValue(member: Record<string, unknown>) {
  return { value: Object.entries(member).find(([key]) => key.toLowerCase() === 'value')?.[1] };
}

/** A Group body (POST, PUT, or a PATCHed resource) as the command's input; refused with invalidValue. */
export function readGroupFields(body: unknown): ScimGroupInput {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new ScimRefusal(400, 'The body must be a SCIM Group.', 'invalidSyntax');
  const lowered = Object.fromEntries(Object.entries(body as Record<string, unknown>).map(([key, v]) => [key.toLowerCase(), v]));
  let parsed: z.infer<typeof groupBody>;
  try {
    parsed = groupBody.parse(lowered);
  } catch (error) {
    const issue = error instanceof z.ZodError ? error.issues[0] : undefined;
    const field = issue?.path.join('.') || 'members';
    const detail =
      field === 'displayname' ? 'displayName must be 1 to 100 characters.' : `${field}: ${issue?.message ?? 'each member needs a value'}`;
    throw new ScimRefusal(400, detail, 'invalidValue');
  }
  const memberIds = [...new Set((parsed.members ?? []).map((m) => m.value.toLowerCase()))];
  if (memberIds.some((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)))
    throw new ScimRefusal(400, 'Each member’s value must be the id of a User of this organization.', 'invalidValue');
  return { displayName: parsed.displayname, externalId: parsed.externalid ?? null, memberIds };
}

/** Whether a response should carry the members: unless excluded, or left out of the attributes asked for. */
export function wantsMembers(query: URLSearchParams): boolean {
  const names = (list: string | null) => (list ?? '').split(',').map((n) => n.trim().toLowerCase().replace(/^.*:/, ''));
  if (query.get('attributes')) return names(query.get('attributes')).some((n) => n === 'members' || n.startsWith('members.'));
  return !names(query.get('excludedAttributes')).includes('members');
}
