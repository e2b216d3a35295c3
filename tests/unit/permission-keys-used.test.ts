/**
 * Every permission the roles page and effective access advertise must be backed by a screen or a command:
 * a key of lib/permissions that no page, component, route or domain command names is a promise the product
 * does not keep. `lib/permissions/areas.ts` counts too: it decides which areas a role's sidebar shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PERMISSION_KEYS, ORG_PERMISSION_KEYS } from '@/lib/permissions';

const root = path.join(__dirname, '../..');
const USERS = ['app', 'domain', 'components', 'lib/permissions/areas.ts'];

function files(relative: string): string[] {
  const full = path.join(root, relative);
  if (/\.tsx?$/.test(relative)) return [relative];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() || /\.tsx?$/.test(entry.name) ? files(path.join(relative, entry.name)) : [],
  );
}

const sources = USERS.flatMap(files).map((file) => readFileSync(path.join(root, file), 'utf8'));
const named = (key: string) => sources.some((source) => source.includes(`'${key}'`) || source.includes(`"${key}"`));

describe('permission keys', () => {
  it('the scan reads the pages and commands (a key named only in a test does not count)', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(named('org.permission-that-does-not-exist')).toBe(false);
  });

  it('no organization permission is unused by a page or a command', () => {
    expect(ORG_PERMISSION_KEYS.filter((key) => !named(key))).toEqual([]);
  });

  it('no app permission is unused by a page or a command', () => {
    expect(APP_PERMISSION_KEYS.filter((key) => !named(key))).toEqual([]);
  });
});
