import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  decodeIntCursor,
  decodeTextCursor,
  decodeUuidCursor,
  encodeCursor,
  isPgTimestamp,
  MAX_CURSOR_LENGTH,
} from '@/db/cursor';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const uuid = '0b6528a3-fa07-4694-8006-082715e5f86c';

describe('keyset cursors', () => {
  it('decode what they encode: the exact database timestamp and the id', () => {
    for (const ts of ['2026-01-31 12:34:56.123456+00', '2026-02-28 00:00:00+05:30', '2024-02-29 23:59:59.5-03', '0001-01-01 00:00:00+00']) {
      expect(decodeCursor(encodeCursor(ts, uuid), { uuidId: true })).toEqual([ts, uuid]);
    }
    expect(decodeCursor(encodeCursor('2026-01-31 12:34:56+00', 'matrix-user-1'))).toEqual(['2026-01-31 12:34:56+00', 'matrix-user-1']);
  });

  it.each([
    undefined,
    null,
    42,
    ['a'],
    '',
    '!!',
    '%',
    'a b',
    'x'.repeat(MAX_CURSOR_LENGTH + 1),
    b64('not json'),
    b64({}),
    b64('"text"'),
    b64([1, 2]),
    b64(['2026-01-01 00:00:00+00']),
    b64(['2026-01-01 00:00:00+00', uuid, 'x']),
    b64(['2026-01-01 00:00:00+00', 7]),
    b64(['2026-01-01 00:00:00+00', '']),
    b64(['2026-01-01 00:00:00+00', 'a\u0000b']),
    b64(['2026-01-01 00:00:00+00', 'x'.repeat(101)]),
    b64(['2026', uuid]),
    b64(['1', uuid]),
    b64(['2026-01-01', uuid]),
    b64(['2026-01-01T00:00:00Z', uuid]),
    b64(['Jan 1 2026', uuid]),
    b64(['infinity', uuid]),
    b64(['2026-02-29 00:00:00+00', uuid]),
    b64(['2026-13-01 00:00:00+00', uuid]),
    b64(['2026-00-10 00:00:00+00', uuid]),
    b64(['0000-01-01 00:00:00+00', uuid]),
    b64(['2026-01-01 24:00:00+00', uuid]),
    b64(['2026-01-01 00:60:00+00', uuid]),
    b64(['2026-01-01 00:00:60+00', uuid]),
    b64(['2026-01-01 00:00:00+16', uuid]),
    b64(['2026-01-01 00:00:00.1234567+00', uuid]),
    b64(['+275760-09-13 00:00:00+00', uuid]),
    b64(['2026-01-01 00:00:00+00\u0000', uuid]),
    b64([' 2026-01-01 00:00:00+00', uuid]),
  ])('answer null (the first page) for %j', (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });

  it('refuse an id that is not a UUID where the column is a uuid', () => {
    expect(decodeCursor(encodeCursor('2026-01-01 00:00:00+00', 'not-a-uuid'), { uuidId: true })).toBeNull();
    expect(decodeCursor(encodeCursor('2026-01-01 00:00:00+00', 'not-a-uuid'))).toEqual(['2026-01-01 00:00:00+00', 'not-a-uuid']);
  });

  it('know real dates from impossible ones', () => {
    expect(isPgTimestamp('2024-02-29 00:00:00+00')).toBe(true);
    expect(isPgTimestamp('2023-02-29 00:00:00+00')).toBe(false);
    expect(isPgTimestamp('2026-04-31 00:00:00+00')).toBe(false);
  });
});

describe('plain cursors', () => {
  it('text: anything a name could be, but not over-long or with NUL', () => {
    expect(decodeTextCursor('pet-vision', 48)).toBe('pet-vision');
    expect(decodeTextCursor('zzzz', 48)).toBe('zzzz');
    for (const bad of [undefined, '', 'x'.repeat(49), 'a\u0000b', ['a']]) expect(decodeTextCursor(bad, 48)).toBeNull();
  });

  it('uuid and version number', () => {
    expect(decodeUuidCursor(uuid)).toBe(uuid);
    for (const bad of [undefined, '', 'x', `${uuid} `, `'${uuid}'`]) expect(decodeUuidCursor(bad)).toBeNull();
    expect(decodeIntCursor('12')).toBe(12);
    for (const bad of [undefined, '', '-1', '1.5', '1e3', '9999999999', ' 1']) expect(decodeIntCursor(bad)).toBeNull();
  });
});
