// Failures under load, reproducibly: two `next start` nodes behind nginx, on a PostgreSQL cluster of the
// script's own (port 5499, made with Debian's pg_createcluster, so restarting it disturbs nothing else),
// and a mixed load of API reads and writes (a team created, with an Idempotency-Key) through the balancer.
//   1. kill -9 one node under load: only requests in flight on it may fail; every write acknowledged to a
//      client is in the database afterwards, and none is half-applied (a team without its audit event).
//   2. restart PostgreSQL under load: how soon after it accepts connections the app answers again, without
//      restarting the app, and whether any request fails after that.
// Writes its figures into bench/RESULTS.md (the "Failures under load" section) and prints a summary.
//
//   npm run bench:failures   (needs nginx and postgresql-15 from Debian; runs as root or postgres)
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import postgres from 'postgres';
import { newTokenSecret } from '../lib/api-tokens/format';
import { startBalancer } from './balancer';
import { ensureBuild, startServer, type Server } from './server';

const CLUSTER = ['15', 'roster_failures'];
const PG_PORT = 5499;
const databaseUrl = `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`;
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3500) + 20;
const WORKERS = 16;
const log = (line: string) => console.log(line);
const sh = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });
const loadBefore = os.loadavg();

// ---------------------------------------------------------------- the database, the nodes, the balancer
if (!sh('pg_lsclusters', []).stdout.includes('roster_failures')) {
  const made = sh('pg_createcluster', [...CLUSTER, '-p', String(PG_PORT), '--', '--auth=trust']);
  if (made.status !== 0) throw new Error(`bench: pg_createcluster failed: ${made.stderr}`);
}
sh('pg_ctlcluster', [...CLUSTER, 'start']);
process.env.DATABASE_URL = databaseUrl;
const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
const { migrateDatabase } = await import('../db/migrate');
await migrateDatabase();

const run = `fail${Date.now().toString(36)}`;
const orgId = `${run}-org`;
const adminId = randomUUID();
await sql`insert into users (id, name, email, email_verified_at) values (${adminId}, 'Failure Admin', ${`${run}@bench.example`}, now())`;
await sql`insert into organizations (id, name, billing_email, plan) values (${orgId}, 'Failures', 'billing@bench.example', 'enterprise')`;
await sql`insert into memberships (org_id, user_id, role) values (${orgId}, ${adminId}, 'admin')`;
const token = newTokenSecret('personal');
await sql`insert into api_tokens (kind, org_id, user_id, created_by, name, token_hash, hint, scopes)
  values ('personal', ${orgId}, ${adminId}, ${adminId}, 'failures', ${token.hash}, ${token.hint}, ${['members.view', 'teams.manage']})`;

ensureBuild(log);
const authSecret = randomBytes(32).toString('base64url');
// No API limit: the load is one token's, far above a person's 600 a minute.
const nodeEnv = { LIMIT_API_REQUESTS_PER_TOKEN: '100000000' };
const startNode = (port: number) => startServer({ port, databaseUrl, authSecret, extraEnv: nodeEnv });
const nodes: Server[] = [await startNode(BASE_PORT + 1), await startNode(BASE_PORT + 2)];
const balancer = await startBalancer(BASE_PORT, [BASE_PORT + 1, BASE_PORT + 2]);

// ---------------------------------------------------------------- the load
type Outcome = { started: number; ended: number; write: boolean; status: number; teamId?: string };
const headers = { Authorization: `Bearer ${token.secret}`, 'Content-Type': 'application/json' };
let teamCounter = 0;

async function request(write: boolean): Promise<Outcome> {
  const started = performance.now();
  const teamId = write ? `t-${run.slice(-6)}-${teamCounter++}` : undefined;
  try {
    const response = write
      ? await fetch(`${balancer.url}/api/v1/orgs/${orgId}/teams`, {
          method: 'POST',
          headers: { ...headers, 'Idempotency-Key': teamId! },
          body: JSON.stringify({ id: teamId, name: `Team ${teamId}` }),
          signal: AbortSignal.timeout(30_000),
        })
      : await fetch(`${balancer.url}/api/v1/orgs/${orgId}/members?limit=20`, { headers, signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return { started, ended: performance.now(), write, status: response.status, teamId };
  } catch {
    return { started, ended: performance.now(), write, status: 0, teamId };
  }
}

/** WORKERS clients for `ms`, three reads to one write; `at` runs once, `atMs` after the start. */
async function load(ms: number, atMs: number, at: () => Promise<number>): Promise<{ outcomes: Outcome[]; eventAt: number; t0: number }> {
  const outcomes: Outcome[] = [];
  const t0 = performance.now();
  let eventAt = NaN;
  const event = new Promise<void>((resolve) =>
    setTimeout(() => {
      void at().then((when) => {
        eventAt = when;
        resolve();
      });
    }, atMs),
  );
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      for (let i = 0; performance.now() - t0 < ms; i++) outcomes.push(await request((i + w) % 4 === 0));
    }),
  );
  await event;
  return { outcomes, eventAt, t0 };
}

const failed = (o: Outcome) => o.status === 0 || o.status >= 500;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

// ---------------------------------------------------------------- 1. kill -9 one node
await load(3_000, 0, async () => performance.now()); // warm both nodes
log('bench: failures 1/2: kill -9 of one node under load…');
const killed = await load(12_000, 4_000, async () => {
  const when = performance.now();
  nodes[1]!.crash();
  return when;
});
const killFailures = killed.outcomes.filter(failed);
// In flight on the node at the kill: started before it and not answered by then.
const killLate = killFailures.filter((o) => o.started > killed.eventAt + 50);
const acked = killed.outcomes.filter((o) => o.write && o.status === 201).map((o) => o.teamId!);
const present = new Set(
  (await sql<Array<{ id: string }>>`select id from teams where org_id = ${orgId} and id = any(${acked})`).map((r) => r.id),
);
const [halves] = await sql<[{ teams: number; without: number; orphans: number }]>`
  select (select count(*)::int from teams where org_id = ${orgId}) as teams,
    (select count(*)::int from teams t where t.org_id = ${orgId} and not exists (
      select 1 from audit_events a where a.org_id = t.org_id and a.action = 'team.created' and a.target_id = t.id)) as without,
    (select count(*)::int from audit_events a where a.org_id = ${orgId} and a.action = 'team.created' and not exists (
      select 1 from teams t where t.org_id = a.org_id and t.id = a.target_id)) as orphans`;
const kill = {
  requests: killed.outcomes.length,
  failures: killFailures.length,
  lateFailures: killLate.length,
  acked: acked.length,
  missing: acked.length - present.size,
  halfApplied: halves.without + halves.orphans,
  met: killLate.length === 0 && killFailures.length <= WORKERS && acked.length === present.size && halves.without + halves.orphans === 0,
};
log(`bench: kill -9: ${JSON.stringify(kill)}`);

// ---------------------------------------------------------------- 2. restart PostgreSQL
nodes[1] = await startNode(BASE_PORT + 2);
await load(2_000, 0, async () => performance.now());
log('bench: failures 2/2: PostgreSQL restarted under load…');
let readyAt = NaN;
const restarted = await load(20_000, 4_000, async () => {
  const when = performance.now();
  const result = sh('pg_ctlcluster', [...CLUSTER, 'restart', '-m', 'fast']);
  if (result.status !== 0) throw new Error(`bench: restart failed: ${result.stderr}`);
  while (sh('pg_isready', ['-h', '127.0.0.1', '-p', String(PG_PORT)]).status !== 0) await new Promise((r) => setTimeout(r, 20));
  readyAt = performance.now();
  return when;
});
const afterReady = restarted.outcomes.filter((o) => o.started >= readyAt).sort((a, b) => a.started - b.started);
const firstOk = afterReady.find((o) => !failed(o));
const lastFailure = restarted.outcomes.filter(failed).sort((a, b) => b.ended - a.ended)[0];
const pg = {
  requests: restarted.outcomes.length,
  failures: restarted.outcomes.filter(failed).length,
  downMs: Math.round(readyAt - restarted.eventAt),
  answeringAfterReadyMs: firstOk ? Math.round(firstOk.ended - readyAt) : null,
  failuresStartedAfterReady5s: restarted.outcomes.filter((o) => failed(o) && o.started > readyAt + 5_000).length,
  lastFailureAfterReadyMs: lastFailure ? Math.round(lastFailure.ended - readyAt) : null,
  met: false,
};
pg.met = pg.answeringAfterReadyMs !== null && pg.answeringAfterReadyMs <= 5_000 && pg.failuresStartedAfterReady5s === 0;
log(`bench: PostgreSQL restart: ${JSON.stringify(pg)}`);

const peakMb = Math.max(...nodes.map((n) => n.peakRssMb()));
await balancer.stop();
for (const node of nodes) await node.stop();
await sql.end({ timeout: 5 }).catch(() => {});
sh('pg_ctlcluster', [...CLUSTER, 'stop']);

// ---------------------------------------------------------------- results
const mark = (met: boolean) => (met ? 'met' : '**missed**');
const section = `<!-- failures -->
## Failures under load

\`npm run bench:failures\` (bench/failures.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: two \`next start\` nodes
behind nginx (round robin; a refused connection moves the request to the other node, POSTs included, as each carries
an Idempotency-Key), ${WORKERS} clients sending three API reads (a page of members) to one write (a team created), on a
PostgreSQL cluster of the script's own. Load average (1 min) before ${loadBefore[0]!.toFixed(2)}, after ${os.loadavg()[0]!.toFixed(2)} on
${os.cpus().length} cores (other work may share the machine: absolute request counts move with it).

| failure | what happened | target | met |
| --- | --- | --- | --- |
| \`kill -9\` of one node, 4 s into 12 s of load | ${kill.requests} requests, ${kill.failures} failed (${kill.lateFailures} of them started after the kill); ${kill.acked} writes acknowledged, ${kill.missing} missing afterwards, ${kill.halfApplied} half-applied | only requests in flight on that node fail; every acknowledged write is there, none half-applied | ${mark(kill.met)} |
| PostgreSQL restarted (\`pg_ctlcluster restart -m fast\`), 4 s into 20 s of load | down ${seconds(pg.downMs)} s; ${pg.requests} requests, ${pg.failures} failed; the app answered ${pg.answeringAfterReadyMs === null ? 'never' : `${seconds(pg.answeringAfterReadyMs)} s`} after PostgreSQL accepted connections, without a restart; ${pg.failuresStartedAfterReady5s} failures among requests started later than 5 s after that | answers within 5 s of PostgreSQL accepting connections, no error after that | ${mark(pg.met)} |
| peak memory of a node (VmHWM) during both | ${Math.round(peakMb)} MB | ≤ 512 MB | ${mark(peakMb <= 512)} |
<!-- /failures -->`;
const current = readFileSync('bench/RESULTS.md', 'utf8');
const marked = /<!-- failures -->[\s\S]*<!-- \/failures -->/;
writeFileSync('bench/RESULTS.md', marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`);
log('bench: wrote the "Failures under load" section of bench/RESULTS.md');
process.exit(kill.met && pg.met ? 0 : 1);
