/**
 * The OpenAPI document: what the code generates is what is committed (docs/api/openapi.json and the
 * typed client's lib/api/client/schema.d.ts), it lints with zero errors and zero warnings under
 * Redocly's recommended rules, every operation is served by a route file, and the server serves it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as prettier from 'prettier';
import { generatedApiFiles } from '@/lib/api/generate';
import { OPERATIONS } from '@/lib/api/v1';
import { GET as served } from '@/app/api/v1/openapi.json/route';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

async function formatted(text: string, file: string): Promise<string> {
  return prettier.format(text, { ...(await prettier.resolveConfig(path.join(root, file))), filepath: path.join(root, file) });
}

/** Every route file under app/api/v1, as [URL template, exported method names]. */
async function routeFiles(): Promise<Array<[string, string[]]>> {
  const base = path.join(root, 'app/api/v1');
  const entries = await readdir(base, { recursive: true });
  const files = entries.filter((entry) => entry.endsWith('route.ts'));
  return Promise.all(
    files.map(async (file) => {
      const routeModule = (await import(/* @vite-ignore */ path.join(base, file))) as Record<string, unknown>;
      const template = `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, '{$1}').replace(/\/\.$/, '');
      return [template, Object.keys(routeModule).filter((name) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name))] as [string, string[]];
    }),
  );
}

describe('the OpenAPI document', () => {
  it('is committed as generated, with the client types generated from it', async () => {
    const { document, types } = await generatedApiFiles();
    const hint = 'run `npm run openapi` and commit the result';
    expect(readFileSync(path.join(root, 'docs/api/openapi.json'), 'utf8'), hint).toBe(await formatted(document, 'docs/api/openapi.json'));
    expect(readFileSync(path.join(root, 'lib/api/client/schema.d.ts'), 'utf8'), hint).toBe(
      await formatted(types, 'lib/api/client/schema.d.ts'),
    );
  });

  it('lints clean with Redocly', async () => {
    const { stdout, stderr } = await run('npx', ['redocly', 'lint', 'docs/api/openapi.json', '--format=json'], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    }).catch((error: { stdout: string; stderr: string }) => error);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { totals: { errors: number; warnings: number }; problems: unknown[] };
    expect(report.problems, stderr).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);

  it('describes exactly the operations the route files serve', async () => {
    const served = (await routeFiles()).flatMap(([template, methods]) => methods.map((method) => `${method} /api/v1${template}`));
    const documented = OPERATIONS.map((operation) => `${operation.method.toUpperCase()} /api/v1${operation.path}`);
    // The document itself is the one route it does not describe.
    expect(served.filter((route) => !/ \/api\/v1\/openapi\.json$/.test(route)).sort()).toEqual(documented.sort());
    expect(new Set(OPERATIONS.map((operation) => operation.operationId)).size).toBe(OPERATIONS.length);
  });

  it('has every POST honour Idempotency-Key, and reads only behind GET', () => {
    const posts = OPERATIONS.filter((operation) => operation.method === 'post');
    expect(posts.length).toBeGreaterThan(0);
    for (const operation of posts) expect(operation.kind === 'write' && operation.idempotent, operation.operationId).toBe(true);
    for (const operation of OPERATIONS) expect(operation.kind === 'read', operation.operationId).toBe(operation.method === 'get');
  });

  it('is served at /api/v1/openapi.json', async () => {
    const response = served();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toContain('/api/v1/orgs/{orgId}/members');
  });
});
