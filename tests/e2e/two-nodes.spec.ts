import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { newTokenSecret } from '../../lib/api-tokens/format';
import { signUpVerified, uniqueSuffix } from './helpers';

/**
 * Nodes are stateless: two more `next start` nodes of the same build, on the same PostgreSQL, beside the
 * server the other specs use (they stand for nodes behind one load balancer, so their APP_URL is its
 * address). A session made on one node works on the others and ends on all of them; an abuse limit
 * counts across nodes; and queued emails are each sent once, however many nodes sweep the outbox. Only
 * on PostgreSQL: the embedded database belongs to one process.
 */
test.skip(!process.env.DATABASE_URL, 'needs DATABASE_URL: several nodes share one PostgreSQL (PGlite is embedded in one process)');

type FakeSend = { from: string; to: string; idempotencyKey: string };
const AUTH_SECRET = process.env.AUTH_SECRET ?? 'e2e-secret-not-for-production-0123456789abcdef';
const SCIM_LIMIT = 10;
const nodes: Array<{ name: string; url: string; child: ChildProcess }> = [];
const sends: FakeSend[] = [];
let provider: Server;

/** A Resend stand-in on loopback: records every send (sender, recipient, idempotency key) and answers as Resend does. */
async function startFakeResend(): Promise<string> {
  provider = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const email = JSON.parse(body || '{}') as { from?: string; to?: string | string[] };
      sends.push({
        from: String(email.from),
        to: [email.to].flat().join(','),
        idempotencyKey: String(request.headers['idempotency-key']),
      });
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ id: `fake-${sends.length}` }));
    });
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
}

async function startNode(name: string, port: number, resendUrl: string, baseURL: string) {
  const child = spawn(process.execPath, [path.join('node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      APP_URL: baseURL,
      AUTH_SECRET,
      SEED_DEMO: '0',
      MAILBOX_ENABLED: '0',
      RESEND_API_KEY: 're_two_nodes_test',
      RESEND_BASE_URL: resendUrl,
      EMAIL_FROM: `${name} <${name.toLowerCase().replace(/\s+/g, '-')}@roster.test>`,
      EMAIL_SWEEP_INTERVAL_MS: '300',
      LIMIT_SCIM_REQUESTS_PER_ORGANIZATION: String(SCIM_LIMIT),
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  nodes.push({ name, url, child });
  await expect(async () => expect((await fetch(`${url}/sign-in`)).status).toBe(200)).toPass({ timeout: 60_000 });
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  const resendUrl = await startFakeResend();
  const port = Number(new URL(baseURL!).port);
  await Promise.all([startNode('Node B', port + 50, resendUrl, baseURL!), startNode('Node C', port + 51, resendUrl, baseURL!)]);
});

test.afterAll(async () => {
  for (const node of nodes) node.child.kill('SIGTERM');
  await new Promise<void>((resolve) => (provider ? provider.close(() => resolve()) : resolve()));
});

async function withDatabase<T>(work: (sql: import('postgres').Sql) => Promise<T>): Promise<T> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

test('a session made on one node opens pages on the others, and signing out ends it on all of them', async ({ page }) => {
  const email = `two-nodes-${uniqueSuffix()}@example.test`;
  await signUpVerified(page, { name: 'Noor Nodes', email, password: 'two nodes password' });
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  for (const node of nodes) {
    const response = await fetch(`${node.url}/account`, { headers: { cookie }, redirect: 'manual' });
    expect(response.status, node.name).toBe(200);
    expect(await response.text(), node.name).toContain(email);
  }

  await page.goto('/organizations');
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  for (const node of nodes) {
    const response = await fetch(`${node.url}/account`, { headers: { cookie }, redirect: 'manual' });
    expect(response.status, node.name).toBeGreaterThanOrEqual(300);
    expect(response.status, node.name).toBeLessThan(400);
    expect(response.headers.get('location'), node.name).toMatch(/\/sign-in/);
  }
});

test('an abuse limit counts requests on every node together', async () => {
  const orgId = `nodes-${uniqueSuffix()}`.toLowerCase();
  const { secret, hash } = newTokenSecret('scim');
  await withDatabase(async (sql) => {
    await sql`insert into organizations (id, name, billing_email) values (${orgId}, 'Two nodes', 'billing@nodes.test')`;
    await sql`insert into scim_connections (org_id, token_hash, hint) values (${orgId}, ${hash}, 'two-nodes')`;
  });
  const list = (node: (typeof nodes)[number]) =>
    fetch(`${node.url}/scim/v2/${orgId}/Users?count=1`, { headers: { Authorization: `Bearer ${secret}` } });
  const statuses: number[] = [];
  // Alternating nodes: neither alone reaches the limit, together they do.
  for (let i = 0; i < SCIM_LIMIT; i++) statuses.push((await list(nodes[i % 2]!)).status);
  expect(statuses).toEqual(Array(SCIM_LIMIT).fill(200));
  for (const node of nodes) {
    const refused = await list(node);
    expect(refused.status, node.name).toBe(429);
    expect(Number(refused.headers.get('retry-after')), node.name).toBeGreaterThan(0);
  }
});

test('1,000 queued emails are each sent exactly once by two nodes sweeping the outbox', async () => {
  test.setTimeout(120_000);
  const run = uniqueSuffix();
  const count = 1_000;
  // Queued two minutes ago and never delivered (as after a crash between commit and delivery): due for the sweepers.
  const ids = await withDatabase(async (sql) => {
    const rows = await sql<Array<{ id: string }>>`
      insert into email_outbox (to_address, subject, template, html, text, created_at)
      select 'sweep-' || ${run} || '-' || i || '@example.test', 'Sweep ' || i, 'two-nodes', '<p>Sweep</p>', 'Sweep',
        now() - interval '2 minutes'
      from generate_series(1, ${count}) as i
      returning id`;
    return rows.map((row) => row.id);
  });
  const ours = () => sends.filter((send) => send.to.startsWith(`sweep-${run}-`));
  await expect(async () => expect(ours().length).toBeGreaterThanOrEqual(count)).toPass({ timeout: 100_000, intervals: [500] });
  // A moment more for a duplicate, had there been one, to arrive.
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  const sent = ours();
  expect(sent).toHaveLength(count);
  expect(new Set(sent.map((send) => send.to)).size).toBe(count);
  expect(new Set(sent.map((send) => send.idempotencyKey))).toEqual(new Set(ids.map((id) => `roster-outbox/${id}`)));
  const byNode = new Map<string, number>();
  for (const send of sent) byNode.set(send.from, (byNode.get(send.from) ?? 0) + 1);
  // Both nodes took part (each sweeps every 300 ms, 25 emails a sweep).
  expect([...byNode.keys()].sort()).toEqual(['Node B <node-b@roster.test>', 'Node C <node-c@roster.test>']);
  const statuses = await withDatabase(
    (sql) => sql<Array<{ status: string; n: number }>>`
      select status, count(*)::int as n from email_outbox where to_address like ${`sweep-${run}-%`} group by status`,
  );
  expect(statuses).toEqual([{ status: 'sent', n: count }]);
});
