import 'server-only';
import { and, eq, ilike, isNotNull, not, or, sql, type SQL } from 'drizzle-orm';
import { parse, type Filter } from 'scim2-parse-filter';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { schema } from '@/db';
import { ScimRefusal } from './respond';

const s = schema.scimUsers;
const g = schema.scimGroups;

/** `lowercased`: the column is stored lowercased (userName), so the value is lowered and compared exactly. */
type Filterable = { column: AnyPgColumn; caseExact: boolean; lowercased?: boolean };

/** A resource's filterable attributes (lowercased, as SCIM attribute names are case-insensitive), its id and its active flag. */
type Resource = { prefix: string; attributes: Record<string, Filterable>; id: AnyPgColumn; active?: AnyPgColumn };

const USERS: Resource = {
  prefix: 'urn:ietf:params:scim:schemas:core:2.0:user:',
  id: s.id,
  active: s.active,
  attributes: {
    username: { column: s.userName, caseExact: false, lowercased: true },
    'emails.value': { column: s.userName, caseExact: false, lowercased: true },
    emails: { column: s.userName, caseExact: false, lowercased: true },
    externalid: { column: s.externalId, caseExact: true },
    displayname: { column: s.displayName, caseExact: false },
    'name.givenname': { column: s.givenName, caseExact: false },
    'name.familyname': { column: s.familyName, caseExact: false },
  },
};

const GROUPS: Resource = {
  prefix: 'urn:ietf:params:scim:schemas:core:2.0:group:',
  id: g.id,
  attributes: {
    displayname: { column: g.displayName, caseExact: false },
    externalid: { column: g.externalId, caseExact: true },
  },
};

/** A LIKE pattern matching `value` literally (% and _ escaped), as a whole, a prefix, a suffix or anywhere. */
function pattern(value: string, where: 'exact' | 'prefix' | 'suffix' | 'contains'): string {
  const literal = value.replace(/[\\%_]/g, (c) => `\\${c}`);
  return `${where === 'suffix' || where === 'contains' ? '%' : ''}${literal}${where === 'prefix' || where === 'contains' ? '%' : ''}`;
}

function attribute(resource: Resource, path: string) {
  const name = path.toLowerCase().startsWith(resource.prefix) ? path.slice(resource.prefix.length) : path;
  return name.toLowerCase();
}

function compare(resource: Resource, path: string, op: string, value: unknown): SQL {
  const name = attribute(resource, path);
  if (name === 'id') return op === 'eq' && typeof value === 'string' ? sql`${resource.id}::text = ${value}` : unsupported(path, op);
  if (name === 'active' && resource.active) {
    if (op === 'pr') return isNotNull(resource.active);
    if (op === 'eq' && typeof value === 'boolean') return eq(resource.active, value);
    return unsupported(path, op);
  }
  const known = resource.attributes[name];
  if (!known) throw new ScimRefusal(400, `Filtering on ${path} is not supported.`, 'invalidFilter');
  if (op === 'pr') return isNotNull(known.column);
  if (typeof value !== 'string') throw new ScimRefusal(400, `${path} is compared with a string.`, 'invalidFilter');
  // userName and emails are stored lowercased; other text is compared as SCIM's caseExact says.
  const text = known.lowercased ? value.toLowerCase() : value;
  const exact = (v: string) => (known.caseExact || known.lowercased ? eq(known.column, v) : ilike(known.column, pattern(v, 'exact')));
  switch (op) {
    case 'eq':
      return exact(text);
    case 'ne':
      return not(exact(text));
    case 'co':
      return ilike(known.column, pattern(text, 'contains'));
    case 'sw':
      return ilike(known.column, pattern(text, 'prefix'));
    case 'ew':
      return ilike(known.column, pattern(text, 'suffix'));
    default:
      return unsupported(path, op);
  }
}

function unsupported(path: string, op: string): never {
  throw new ScimRefusal(400, `The operator ${op} is not supported on ${path}.`, 'invalidFilter');
}

function toSql(resource: Resource, filter: Filter): SQL {
  const each = (f: Filter) => toSql(resource, f);
  switch (filter.op) {
    case 'and':
      return filter.filters.length === 0 ? sql`true` : and(...filter.filters.map(each))!;
    case 'or':
      return filter.filters.length === 0 ? sql`false` : or(...filter.filters.map(each))!;
    case 'not':
      return not(each(filter.filter));
    case '[]': {
      // emails[value eq "…"] and emails[type eq "work" and value eq "…"]: the one email is the userName.
      const inner = filter.valFilter;
      if (resource !== USERS || attribute(resource, filter.attrPath) !== 'emails')
        throw new ScimRefusal(400, `Filtering within ${filter.attrPath} is not supported.`, 'invalidFilter');
      return each(rewriteWithin(inner));
    }
    default:
      return compare(resource, filter.attrPath, filter.op, 'compValue' in filter ? filter.compValue : undefined);
  }
}

/** Inside emails[…]: `value` is the address; `type` and `primary` hold for it whatever they ask. */
function rewriteWithin(filter: Filter): Filter {
  if (filter.op === 'and' || filter.op === 'or') {
    const kept = filter.filters.filter((f) => !('attrPath' in f) || ['value'].includes(f.attrPath.toLowerCase()));
    return { ...filter, filters: kept.map(rewriteWithin) };
  }
  if ('attrPath' in filter && filter.attrPath.toLowerCase() === 'value') return { ...filter, attrPath: 'emails.value' } as Filter;
  return filter;
}

/** A SCIM `filter` for Users as a condition on scim_users; refused (400 invalidFilter) when malformed or unsupported. */
export function userFilter(text: string | null): SQL | undefined {
  return filterOn(USERS, text);
}

/** A SCIM `filter` for Groups (displayName, externalId, id) as a condition on scim_groups. */
export function groupFilter(text: string | null): SQL | undefined {
  return filterOn(GROUPS, text);
}

function filterOn(resource: Resource, text: string | null): SQL | undefined {
  if (!text?.trim()) return undefined;
  let parsed: Filter;
  try {
    parsed = parse(text);
  } catch {
    throw new ScimRefusal(400, 'The filter could not be read: see RFC 7644 §3.4.2.2.', 'invalidFilter');
  }
  return toSql(resource, parsed);
}
