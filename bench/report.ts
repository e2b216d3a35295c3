// Writes bench/RESULTS.md from the figures bench/run.ts measured.
import os from 'node:os';
import type { Result } from 'autocannon';
import type { RoundTrip } from './pg-counter';
import { BIG_MEMBERS, type Seeded } from './seed';

const BIG = BIG_MEMBERS.toLocaleString('en');
import type { TwoNodes } from './two-nodes';

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export type PageQueries = { small: number; big: number; sqlBig: RoundTrip[]; dbMsBig: number; bytesBig: number };
export type AccessFigure = {
  teams: number;
  query: number;
  queryP95: number;
  summary: number;
  total: number;
  totalP95: number;
  apps: number;
};

export type Report = {
  data: Seeded;
  /** Each measured page with its path in the large organization. */
  pages: Array<{ key: string; label: string; path: string }>;
  settings: { CONNECTIONS: number; DURATION: number; WARMUP_REQUESTS: number; LOAD_WARMUP_S: number };
  machine: { loadBefore: number[]; loadAfter: number[]; pgVersion: string };
  queries: Record<string, PageQueries>;
  load: Record<string, Result>;
  /** The baseline's runs: before the first page, between every two pages, after the last. */
  baselines: Result[];
  limitCheck: { ms: number; result: string; roundTrips: number };
  bulk: { ms: number; result: string };
  peakRssMb: number;
  cpu: Record<string, number>;
  canResult: { calls: number; canNs: number; canOnAppNs: number };
  /** CPU µs to read one session token: lib/auth/session-token.ts, and Auth.js's decode() alone and 50 at once. */
  sessionToken: { ownUs: number; decodeUs: number; decodeConcurrentUs: number };
  access: AccessFigure[];
  /** bench/scim-sync.ts: its summary (what answered, how long) and whether every user landed once, without an error. */
  scimSync: { summary: string; met: boolean };
  twoNodes: TwoNodes;
  buildSeconds: number;
  totalSeconds: number;
};

type Baseline = { rps: number; p50: number; p99: number; cpu: number; failed: number };

function meanOf(runs: Result[], cpuOf: (i: number) => number, indexes: number[]): Baseline {
  const mean = (f: (i: number) => number) => indexes.reduce((sum, i) => sum + f(i), 0) / indexes.length;
  return {
    rps: mean((i) => runs[i]!.requests.average),
    p50: mean((i) => runs[i]!.latency.p50),
    p99: mean((i) => runs[i]!.latency.p99),
    cpu: mean(cpuOf),
    failed: indexes.reduce((sum, i) => sum + runs[i]!.non2xx + runs[i]!.errors + runs[i]!.timeouts, 0),
  };
}

/** What a page is compared with: the mean of the baseline runs just before and just after it. */
export function bracketOf(pages: Array<{ key: string }>, key: string, baselines: Result[], cpu: Record<string, number>): Baseline {
  const at = pages.filter((p) => p.key !== 'baseline').findIndex((p) => p.key === key);
  return meanOf(baselines, (i) => cpu[`baseline-${i}`]!, [at, at + 1]);
}

export function results(r: Report): string {
  const { data, pages: PAGES, settings } = r;
  const { CONNECTIONS, DURATION, WARMUP_REQUESTS, LOAD_WARMUP_S } = settings;
  const { loadBefore, loadAfter, pgVersion } = r.machine;
  const allBaselines = meanOf(
    r.baselines,
    (i) => r.cpu[`baseline-${i}`]!,
    r.baselines.map((_, i) => i),
  );
  const bracket = (key: string) => bracketOf(PAGES, key, r.baselines, r.cpu);
  const membersBase = bracket('members');
  const baseCpu = membersBase.cpu;
  const baselineRps = r.baselines.map((b) => b.requests.average);
  const baselineP99 = r.baselines.map((b) => b.latency.p99);
  const rows = PAGES.map((page) => {
    const l = r.load[page.key]!;
    const q = r.queries[page.key]!;
    const path = page.path.replace(data.run, '<run>').replace(/after=[^&]+/, 'after=<cursor of row 20,000>');
    const b = page.key === 'baseline' ? allBaselines : bracket(page.key);
    const cells =
      page.key === 'baseline' // the mean of all its runs; each page's ratios are to the runs around it
        ? [allBaselines.rps, allBaselines.p50, allBaselines.p99, 1, 1, allBaselines.cpu]
        : [l.requests.average, l.latency.p50, l.latency.p99, l.requests.average / b.rps, l.latency.p99 / b.p99, r.cpu[page.key]!];
    const [rps, p50, p99, rpsRatio, p99Ratio, cpuMs] = cells as [number, number, number, number, number, number];
    const failed = page.key === 'baseline' ? allBaselines.failed : l.non2xx + l.errors + l.timeouts;
    return `| ${page.label} | \`${path}\` | ${round(rps)} | ${round(p50, 0)} | ${round(p99, 0)} | ${rpsRatio.toFixed(2)}× | ${p99Ratio.toFixed(2)}× | ${q.small} / ${q.big} | ${q.dbMsBig.toFixed(1)} | ${cpuMs.toFixed(1)} | ${Math.round(q.bytesBig / 1024)} | ${failed} |`;
  });
  const members = r.load.members!;
  const a500 = r.access.find((a) => a.teams === 500);
  const inviteOk = r.bulk.result.startsWith('invited 1000');
  const targets = [
    [
      'members page req/s ≥ 0.5× baseline',
      `${round(members.requests.average)} vs ${round(membersBase.rps)} req/s: ${(members.requests.average / membersBase.rps).toFixed(2)}×`,
      members.requests.average >= 0.5 * membersBase.rps,
    ],
    [
      'members page p99 ≤ 2× baseline p99',
      `${members.latency.p99} ms vs ${round(membersBase.p99)} ms: ${(members.latency.p99 / membersBase.p99).toFixed(2)}×`,
      members.latency.p99 <= 2 * membersBase.p99,
    ],
    (() => {
      const missing = PAGES.filter((p) => p.key !== 'baseline' && !p.key.startsWith('api-')).filter((p) => {
        const base = bracket(p.key);
        return r.load[p.key]!.requests.average < 0.5 * base.rps || r.load[p.key]!.latency.p99 > 2 * base.p99;
      });
      return [
        'every page req/s ≥ 0.5× baseline and p99 ≤ 2× (issue 21)',
        missing.length === 0 ? 'all pages' : `missed by ${missing.map((p) => p.key).join(', ')}`,
        missing.length === 0,
      ] as const;
    })(),
    [
      'queries per page ≤ 4 (members page, whole request)',
      `${r.queries.members!.small} / ${r.queries.members!.big}`,
      r.queries.members!.big <= 4,
    ],
    [
      `queries equal at 10 and ${BIG} members (every page)`,
      PAGES.filter((p) => r.queries[p.key]!.small !== r.queries[p.key]!.big)
        .map((p) => p.key)
        .join(', ') || 'all equal',
      PAGES.every((p) => r.queries[p.key]!.small === r.queries[p.key]!.big),
    ],
    ['can() ≤ 1 µs', `${r.canResult.canNs.toFixed(1)} ns`, r.canResult.canNs <= 1000],
    [
      'effective access, 500 teams ≤ 10 ms',
      a500 ? `query p50 ${a500.query} ms (with the summary ${a500.total} ms)` : 'n/a',
      a500 !== undefined && a500.query <= 10,
    ],
    (() => {
      const api = r.load['api-members']!;
      const base = bracket('api-members');
      const q = r.queries['api-members']!;
      return [
        'API member list (100 rows) req/s ≥ 1.5× baseline, round trips constant',
        `${round(api.requests.average)} vs ${round(base.rps)} req/s: ${(api.requests.average / base.rps).toFixed(2)}×; round trips ${q.small} / ${q.big}`,
        api.requests.average >= 1.5 * base.rps && q.small === q.big,
      ] as const;
    })(),
    ['bulk invite of 1,000 ≤ 2 s', `${Math.round(r.bulk.ms)} ms (${r.bulk.result})`, inviteOk && r.bulk.ms <= 2000],
    ['SCIM initial sync of 10,000 users: no error, no duplicate', r.scimSync.summary, r.scimSync.met],
  ] as const;
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  return `# Benchmark results

Generated by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; the whole run took
${Math.round(r.totalSeconds)} s${r.buildSeconds ? ` (of which ${Math.round(r.buildSeconds)} s for \`next build\`)` : ''}.

Run it on a scratch database (the bench seeds ~300,000 rows under ids unique to the run and deletes them at the end
unless \`BENCH_KEEP=1\`):

\`\`\`sh
createdb roster_bench && DATABASE_URL=postgres://postgres@127.0.0.1:5432/roster_bench npm run bench
\`\`\`

## Machine

| | |
| --- | --- |
| CPU | ${os.availableParallelism()} cores (\`nproc\`), ${cpu} |
| memory | ${Math.round(os.totalmem() / 2 ** 30)} GiB |
| load average (1/5/15 min) | before ${loadBefore.map((n) => n.toFixed(2)).join(' / ')}; after ${loadAfter.map((n) => n.toFixed(2)).join(' / ')} (other work may share the machine) |
| Node.js | ${process.version} |
| PostgreSQL | ${pgVersion.split(' on ')[0]} (same machine, loopback) |
| server | \`next start\` of the production build, NODE_ENV=production, pool of 10 connections; autocannon runs on the same 2 cores |

## Data

One organization of ${BIG} members (${r.data.counts.teams! - 2} teams, 200 apps, 5 teams a member = ${Math.round((BIG_MEMBERS * 5) / 1000).toLocaleString('en')} members a team,
10 app grants a team, 2,000 pending invitations, 50,000 audit events) and 5,000 other organizations of 10 members; the Admin measured is
Admin of the large organization and of one of the small ones, with 100 unread notifications. Seeded with COPY in
**${r.data.seconds.toFixed(1)} s** (target < 30 s), VACUUM ANALYZE included: ${Object.entries(r.data.counts)
    .map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`)
    .join(', ')}.

## Pages

autocannon, ${CONNECTIONS} connections, ${DURATION} s a page, after a warm-up of the whole server (2 s a page at 8 connections), then
for each page ${WARMUP_REQUESTS} sequential requests and ${LOAD_WARMUP_S} s of its own load at ${CONNECTIONS} connections, not counted (the heap settles on the
page's allocation; PostgreSQL is checkpointed after the seed), the Admin signed in with a real Auth.js
session cookie (\`authjs.session-token\`, a JWT encoded with the server's AUTH_SECRET). Every page was checked to answer
200 with its expected content before the load. *Queries* are SQL round trips of one whole request (layouts,
session, page), counted on the wire between the server and PostgreSQL (bench/pg-counter.ts), in the organization of
10 members / of ${BIG} members. *SQL ms*: the time of those round trips added up (from the query sent to PostgreSQL
ready again, one request on an idle server, best of 5). *Server CPU*: the user + system time of the server process during
the load divided by the requests completed (PostgreSQL's own time not included). *KB*: the size of one answer (HTML with
the RSC payload inlined).

| page | path (${BIG}-member org) | req/s | p50 ms | p99 ms | req/s vs baseline | p99 vs baseline | queries 10 / ${BIG} | SQL ms | server CPU ms | KB | failed |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

The baseline was measured ${r.baselines.length} times: before the first page, between every two pages and after the last
(req/s ${baselineRps.map((v) => round(v)).join(', ')}; p99 ${baselineP99.join(', ')} ms). Its row is the mean of those runs;
each page's ratios are to the mean of the two runs just before and just after it, so that a change in the machine's
speed during the run (it is shared) moves a page and its baseline alike. *SQL ms* adds up round trips that partly run at the
same time (the layouts and the page send theirs concurrently), so it is more than the time a request waits for them.

The members page's ${r.queries.members!.big} round trips (${BIG} members):

${r.queries.members!.sqlBig.map((t, i) => `${i + 1}. ${t.ms.toFixed(2)} ms \`${t.sql.replace(/`/g, "'")}\``).join('\n')}

## Other figures

| what | figure |
| --- | --- |
| \`can(role, permission)\` in memory | ${r.canResult.canNs.toFixed(1)} ns a call (${(r.canResult.calls / 1e6).toFixed(0)} million calls) |
| \`canOnApp(grant of 5 teams, permission)\` in memory | ${r.canResult.canOnAppNs.toFixed(1)} ns a call |
${r.access.map((a) => `| effective access of a member of ${a.teams} team${a.teams === 1 ? '' : 's'} (${a.apps} apps) | query p50 ${a.query} ms (p95 ${a.queryP95}); with the per-app summary ${a.total} ms (p95 ${a.totalP95}) |`).join('\n')}
| reading a session cookie (bench/session-token.ts), CPU a token | \`lib/auth/session-token.ts\` ${r.sessionToken.ownUs} µs; Auth.js \`decode()\` ${r.sessionToken.decodeUs} µs, ${r.sessionToken.decodeConcurrentUs} µs at 50 at once |
| bulk invite of 1,000 addresses, server action over HTTP, fresh organization | ${Math.round(r.bulk.ms)} ms — ${r.bulk.result} |
| the same with the product's limit (100 an hour) | ${r.limitCheck.result} in ${Math.round(r.limitCheck.ms)} ms, ${r.limitCheck.roundTrips} round trips |
| peak RSS of the server (VmHWM) | ${Math.round(r.peakRssMb)} MB |
| members page through nginx to two nodes (bench/two-nodes.ts), ${'skipped' in r.twoNodes ? 'not measured' : 'same load'} | ${'skipped' in r.twoNodes ? r.twoNodes.skipped : `${round(r.twoNodes.rps)} req/s, p99 ${r.twoNodes.p99} ms, ${r.twoNodes.non2xx + r.twoNodes.errors} failed (one node in this run: ${round(r.load.members!.requests.average)} req/s, p99 ${r.load.members!.latency.p99} ms); peak RSS of a node ${Math.round(r.twoNodes.peakRssMb)} MB`} |
| SCIM initial sync (bench/scim-sync.ts), one POST /Users a person over HTTP, a fifth of them existing accounts | ${r.scimSync.summary} |

The bulk invite goes through the real server action (\`inviteMembersAction\`: session, membership, zod, the data
function, the audit events, one transaction) of a server started with the invitation limits raised to 1000 (\`LIMIT_INVITATIONS_PER_ORGANIZATION\`, \`LIMIT_INVITATIONS_PER_INVITER\`), the override the
invitation code reads (default 100). The limit is still checked in that call; only its number differs. The second line
shows the product's default refusing the same request. Emails stay in the outbox (no RESEND_API_KEY).

Effective access is bench/effective-access.ts (\`npm run bench:access\`), run by this bench: its own organization of 200
apps and 500 teams, 10 grants a team, p50 of 200 runs after 20 not counted, in this database next to the seeded organizations (their
135,000 rows in team_members and team_apps change the plans; on an empty database the same script gives lower figures).

## Targets (issue 6)

| target | measured | met |
| --- | --- | --- |
${targets.map(([t, m, ok]) => `| ${t} | ${m} | ${ok ? 'yes' : '**no**'} |`).join('\n')}

For reading the members page's figures: the server spent ${r.cpu.members!.toFixed(1)} ms of CPU a request against
${baseCpu.toFixed(1)} ms for the baseline (${(r.cpu.members! / baseCpu).toFixed(1)}×), while its ${r.queries.members!.big} round trips to PostgreSQL
took ${r.queries.members!.dbMsBig.toFixed(1)} ms together on an idle server; its answer is ${Math.round(r.queries.members!.bytesBig / 1024)} KB against
${Math.round(r.queries.baseline!.bytesBig / 1024)} KB. ${
    r.queries.members!.dbMsBig < 0.25 * (r.cpu.members! - baseCpu)
      ? 'The difference with the baseline is the rendering of the page in the server, not the database.'
      : 'PostgreSQL runs on the same cores as the server and the load generator, so under load its share of the difference counts as well as the rendering.'
  }

Throughput and p99 move between runs of the same build on this machine (2 cores, shared with other work: see the load
averages above), by up to a quarter, and the machine's own speed drifts more: absolute times (effective access, bulk
invite) have doubled between runs of the same build, and a page's ratio to the baseline has moved by a fifth. Compare
the ratios within one run, and run the bench more than once before drawing conclusions.
`;
}
