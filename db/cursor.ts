/**
 * Keyset cursors from `?after=` / `?before=`. A cursor is read from the URL, so it is untrusted input:
 * every decoder here answers null (the list's first page) for anything it did not produce itself, and
 * never hands the database a value it would refuse (a 500: "invalid input syntax for type uuid").
 */

/** Longer than any cursor we produce (a timestamp and an id, base64url JSON, is about 110 characters). */
export const MAX_CURSOR_LENGTH = 200;

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// C0 and C1 controls, DEL: never in an id or a name we issue, and NUL is refused by PostgreSQL text.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** `timestamptz::text` in PostgreSQL's default ISO DateStyle: `2026-01-31 12:34:56.123456+00` (offset maybe `+05:30`). */
const PG_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::(\d{2})(?::(\d{2}))?)?$/;

/** Whether a timestamp written by PostgreSQL (see PG_TIMESTAMP) names a real instant PostgreSQL will parse back. */
export function isPgTimestamp(value: string): boolean {
  const match = PG_TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes, offsetSeconds] = match.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // A Date rolls 2026-02-30 over to March: comparing the fields back refuses impossible dates.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0-99 as 1900-1999
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 15 &&
    offsetMinutes <= 59 &&
    offsetSeconds <= 59
  );
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The two values of a base64url JSON pair, or null for anything else (not a string, too long, not such a pair). */
function decodePair(cursor: unknown, maxLength: number): [unknown, unknown] | null {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > maxLength || !BASE64URL.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  return Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : null;
}

/** The cursor after a row of a list ordered by (created_at, id); `ts` is the database's exact text (JS dates drop microseconds). */
export function encodeCursor(ts: string, id: string): string {
  return Buffer.from(JSON.stringify([ts, id])).toString('base64url');
}

/**
 * The (timestamp, id) of a cursor from encodeCursor, or null for anything else: not a string, too long,
 * not base64url, not JSON, not two strings, a timestamp PostgreSQL would refuse, an id with control
 * characters, or (`uuidId`, for uuid columns) an id that is not a UUID.
 */
export function decodeCursor(cursor: unknown, options: { uuidId?: boolean } = {}): [string, string] | null {
  const pair = decodePair(cursor, MAX_CURSOR_LENGTH);
  if (!pair) return null;
  const [ts, id] = pair;
  if (typeof ts !== 'string' || typeof id !== 'string' || !isPgTimestamp(ts)) return null;
  if (id.length === 0 || id.length > 100 || CONTROL.test(id) || (options.uuidId && !isUuid(id))) return null;
  return [ts, id];
}

/** Longer than any sort-key cursor we produce (db/queries/members.ts: a name and an email twice, base64url JSON). */
const MAX_KEY_CURSOR_LENGTH = 1600;

/** The cursor after a row of a list ordered by (a text sort key, id). */
export function encodeKeyCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

/**
 * The (sort key, id) of a cursor from encodeKeyCursor, or null for anything else: not base64url JSON of
 * two strings, too long, or holding NUL (which PostgreSQL text refuses, so no key holds it). A stale or
 * made-up key is harmless: it is only compared with `>`.
 */
export function decodeKeyCursor(cursor: unknown): [string, string] | null {
  const pair = decodePair(cursor, MAX_KEY_CURSOR_LENGTH);
  if (!pair) return null;
  const [key, id] = pair;
  if (typeof key !== 'string' || typeof id !== 'string' || key.includes('\u0000')) return null;
  if (id.length === 0 || id.length > 100 || CONTROL.test(id)) return null;
  return [key, id];
}

/**
 * A plain-text keyset cursor (a unique name, email, App ID or Team ID, compared with `>`), or null when
 * absent, over `max` characters or holding NUL (which PostgreSQL text refuses, so no name holds it).
 */
export function decodeTextCursor(cursor: unknown, max: number): string | null {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > max || cursor.includes('\u0000')) return null;
  return cursor;
}

/** A cursor that is the id (UUID) of the last row shown, or null for anything else. */
export function decodeUuidCursor(cursor: unknown): string | null {
  return typeof cursor === 'string' && isUuid(cursor) ? cursor : null;
}

/** A cursor that is a whole number (a model version number), or null for anything else. */
export function decodeIntCursor(cursor: unknown): number | null {
  return typeof cursor === 'string' && /^\d{1,9}$/.test(cursor) ? Number(cursor) : null;
}
