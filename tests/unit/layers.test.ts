/**
 * The layers' direction: doors (app/, lib/actions) → domain commands (domain/) → data (db/). The data
 * layer reads and writes rows; it never reaches up to a door or a command, nor sends email or checks
 * limits. Modules written before the domain layer are listed until issue 16 moves their rules out; the
 * list may only shrink.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '../..');

/** Still holding rules that belong in domain/ (audit, email, permissions): move them, then drop the line. */
const DATA_MODULES_TO_MOVE = [
  'db/queries/annotations.ts',
  'db/queries/app-transfer.ts',
  'db/queries/apps.ts',
  'db/queries/compute.ts',
  'db/queries/concepts.ts',
  'db/queries/costs.ts',
  'db/queries/datasets.ts',
  'db/queries/deployments.ts',
  'db/queries/invitation-responses.ts',
  'db/queries/invitations.ts',
  'db/queries/labeling-tasks.ts',
  'db/queries/models.ts',
  'db/queries/organizations.ts',
  'db/queries/team-grants.ts',
  'db/queries/teams.ts',
  'db/queries/workflows.ts',
];

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
  it('the data layer (db/) imports nothing from doors, commands, email or limits (but the listed modules)', () => {
    const offenders = files('db').filter((file) => reachesInto(file, ABOVE_DATA).length > 0);
    expect(offenders.filter((file) => !DATA_MODULES_TO_MOVE.includes(file))).toEqual([]);
    // A listed module that no longer reaches up comes off the list.
    expect(DATA_MODULES_TO_MOVE.filter((file) => !offenders.includes(file))).toEqual([]);
  });

  it('domain commands know nothing of doors, HTTP or React', () => {
    const offenders = files('domain').flatMap((file) => reachesInto(file, ABOVE_DOMAIN).map((target) => `${file} → ${target}`));
    expect(offenders).toEqual([]);
  });
});
