/**
 * The layers' direction: doors (app/, lib/actions) → domain commands (domain/) → data (db/). The data
 * layer reads and writes rows; it never reaches up to a door or a command, nor sends email or checks
 * limits, and it decides no permission: commands authorize (domain/authorize.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '../..');

const ABOVE_DATA = ['app/', 'lib/actions/', 'domain/', 'emails/', 'lib/email/', 'lib/limits/', 'lib/auth/'];
const ABOVE_DOMAIN = ['app/', 'lib/actions/', 'next/', 'react', 'react-dom'];

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : files(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Each import of a module as a path from the repository root ('@/lib/x' → 'lib/x'), or the package name. */
function imports(file: string): string[] {
  const source = readFileSync(path.join(root, file), 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(([, spec]) => {
    if (spec!.startsWith('@/')) return spec!.slice(2);
    if (spec!.startsWith('.')) return path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec!));
    return spec!;
  });
}

const reachesInto = (file: string, layers: string[]) => imports(file).filter((target) => layers.some((layer) => target.startsWith(layer)));

describe('layers', () => {
  it('the data layer (db/) imports nothing from doors, commands, email, limits or auth', () => {
    const offenders = files('db').flatMap((file) => reachesInto(file, ABOVE_DATA).map((target) => `${file} → ${target}`));
    expect(offenders).toEqual([]);
  });

  it('the data layer decides no permission (only commands call can/canOnApp/canAssignRole)', () => {
    const deciding = files('db').filter((file) =>
      /\b(can|canOnApp|canAssignRole|canDeployAppModels)\(/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(deciding).toEqual([]);
  });

  it('server actions reach rows only through commands: no data-layer import, no permission option', () => {
    const doors = files('app').filter((file) => file.endsWith('actions.ts'));
    expect(doors.length).toBeGreaterThan(10);
    const toData = doors.flatMap((file) => reachesInto(file, ['db/']).map((target) => `${file} → ${target}`));
    expect(toData).toEqual([]);
    const withPermission = doors.filter((file) => /^\s+permission:/m.test(readFileSync(path.join(root, file), 'utf8')));
    expect(withPermission).toEqual([]);
  });

  it('every server action is a short door: at most 10 lines from `export` to its end', () => {
    const doors = files('app').filter((file) => /actions\.ts$/.test(file));
    const long = doors.flatMap((file) => {
      const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
      return lines.flatMap((line, start) => {
        if (!line.startsWith('export ')) return [];
        const end = line.trimEnd().endsWith(';') ? start : lines.findIndex((l, i) => i > start && /^[})]/.test(l));
        const length = (end === -1 ? lines.length : end) - start + 1;
        return length > 10 ? [`${file}: ${line.slice(0, 60)}… (${length} lines)`] : [];
      });
    });
    expect(doors.length).toBeGreaterThan(10);
    expect(long).toEqual([]);
  });

  it('domain commands know nothing of doors, HTTP or React', () => {
    const offenders = files('domain').flatMap((file) => reachesInto(file, ABOVE_DOMAIN).map((target) => `${file} → ${target}`));
    expect(offenders).toEqual([]);
  });
});
