import 'server-only';
import { and, eq, ilike, isNotNull, not, or, sql, type SQL } from 'drizzle-orm';
import { parse, type Filter } from 'scim2-parse-filter';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { schema } from '@/db';
import { ScimRefusal } from './respond';

const s = schema.scimUsers;

/** The User attributes a filter may name (lowercased, as SCIM attribute names are case-insensitive), and their columns. */
const USER_ATTRIBUTES: Record<string, { column: AnyPgColumn; caseExact: boolean }> = {
  username: { column: s.userName, caseExact: false },
  'emails.value': { column: s.userName, caseExact: false },
  emails: { column: s.userName, caseExact: false },
  externalid: { column: s.externalId, caseExact: true },
  displayname: { column: s.displayName, caseExact: false },
  'name.givenname': { column: s.givenName, caseExact: false },
  'name.familyname': { column: s.familyName, caseExact: false },
};

/** A LIKE pattern matching `value` literally (% and _ escaped), as a whole, a prefix, a suffix or anywhere. */
function pattern(value: string, where: 'exact' | 'prefix' | 'suffix' | 'contains'): string {
  const literal = value.replace(/[\\%_]/g, (c) => `\\${c}`);
  return `${where === 'suffix' || where === 'contains' ? '%' : ''}${literal}${where === 'prefix' || where === 'contains' ? '%' : ''}`;
}

const CORE_PREFIX = 'urn:ietf:params:scim:schemas:core:2.0:user:';

function attribute(path: string) {
  const name = path.toLowerCase().startsWith(CORE_PREFIX) ? path.slice(CORE_PREFIX.length) : path;
  return name.toLowerCase();
}

function compare(path: string, op: string, value: unknown): SQL {
  const name = attribute(path);
  if (name === 'id') return op === 'eq' && typeof value === 'string' ? sql`${s.id}::text = ${value}` : unsupported(path, op);
  if (name === 'active') {
    if (op === 'pr') return isNotNull(s.active);
    if (op === 'eq' && typeof value === 'boolean') return eq(s.active, value);
    return unsupported(path, op);
  }
  const known = USER_ATTRIBUTES[name];
  if (!known) throw new ScimRefusal(400, `Filtering on ${path} is not supported.`, 'invalidFilter');
  if (op === 'pr') return isNotNull(known.column);
  if (typeof value !== 'string') throw new ScimRefusal(400, `${path} is compared with a string.`, 'invalidFilter');
  // userName and emails are stored lowercased; other text is compared as SCIM's caseExact says.
  const text = known.column === s.userName ? value.toLowerCase() : value;
  const exact = (v: string) =>
    known.caseExact || known.column === s.userName ? eq(known.column, v) : ilike(known.column, pattern(v, 'exact'));
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

function toSql(filter: Filter): SQL {
  switch (filter.op) {
    case 'and':
      return filter.filters.length === 0 ? sql`true` : and(...filter.filters.map(toSql))!;
    case 'or':
      return filter.filters.length === 0 ? sql`false` : or(...filter.filters.map(toSql))!;
    case 'not':
      return not(toSql(filter.filter));
    case '[]': {
      // emails[value eq "…"] and emails[type eq "work" and value eq "…"]: the one email is the userName.
      const inner = filter.valFilter;
      if (attribute(filter.attrPath) !== 'emails')
        throw new ScimRefusal(400, `Filtering within ${filter.attrPath} is not supported.`, 'invalidFilter');
      return toSql(rewriteWithin(inner));
    }
    default:
      return compare(filter.attrPath, filter.op, 'compValue' in filter ? filter.compValue : undefined);
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
  if (!text?.trim()) return undefined;
  let parsed: Filter;
  try {
    parsed = parse(text);
  } catch {
    throw new ScimRefusal(400, 'The filter could not be read: see RFC 7644 §3.4.2.2.', 'invalidFilter');
  }
  return toSql(parsed);
}
