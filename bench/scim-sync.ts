// An identity provider's initial sync, as Okta sends it: one POST /Users per person, many at once, to the
// production server over HTTP, with a duplicate of some of them racing the original. A fifth of the
// addresses already have a Roster account (they are invited); the rest get new accounts. It passes when
// every POST answers 201 (or 409 uniqueness for a duplicate), each person is there once, and nothing is
// missing. A 429 is retried after its Retry-After, as Okta does, and counted.
//
//   DATABASE_URL=postgres://… npm run bench:scim   (SCIM_SYNC_USERS, SCIM_SYNC_CONCURRENCY to change the size)
import { randomBytes, randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { hashSecret, newTokenSecret } from '../lib/api-tokens/format';
import { ensureBuild, startServer } from './server';

const databaseUrl = process.env.DATABASE_URL?.trim();
if (!databaseUrl) throw new Error('bench:scim needs DATABASE_URL (PostgreSQL)');
const USERS = Number(process.env.SCIM_SYNC_USERS ?? 10_000);
const CONCURRENCY = Number(process.env.SCIM_SYNC_CONCURRENCY ?? 50);
const EXISTING_SHARE = 0.2;
const DUPLICATES = Math.round(USERS / 200);
const PORT = Number(process.env.BENCH_PORT ?? 3500) + 7;
const log = (line: string) => console.log(line);

const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
const { migrateDatabase } = await import('../db/migrate');
await migrateDatabase();

const run = `scim${Date.now().toString(36)}`;
const orgId = `${run}-org`;
const adminId = randomUUID();
const { secret } = newTokenSecret('scim');
await sql`insert into users (id, name, email, email_verified_at) values (${adminId}, 'Sync Admin', ${`${run}.admin@bench.example`}, now())`;
await sql`insert into organizations (id, name, billing_email, plan) values (${orgId}, 'SCIM sync', 'billing@bench.example', 'enterprise')`;
await sql`insert into memberships (org_id, user_id, role) values (${orgId}, ${adminId}, 'admin')`;
await sql`insert into scim_connections (org_id, token_hash, hint, created_by) values (${orgId}, ${hashSecret(secret)}, 'bench', ${adminId})`;
const email = (i: number) => `${run}.u${i}@bench.example`;
const existing = Math.round(USERS * EXISTING_SHARE);
await sql`insert into users (id, name, email, email_verified_at)
  select gen_random_uuid()::text, 'Existing ' || i, ${`${run}.u`} || i || '@bench.example', now() from generate_series(0, ${existing - 1}) as i`;

ensureBuild(log);
const server = await startServer({ port: PORT, databaseUrl, authSecret: randomBytes(32).toString('base64url') });
const base = `http://127.0.0.1:${PORT}/scim/v2/${orgId}`;
const headers = { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/scim+json' };

const statuses = new Map<number, number>();
let retried429 = 0;
let unexpected = '';
async function create(i: number): Promise<void> {
  const body = JSON.stringify({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName: email(i),
    externalId: `okta-${i}`,
    name: { givenName: 'Person', familyName: String(i) },
    emails: [{ value: email(i), type: 'work', primary: true }],
    active: true,
  });
  for (;;) {
    const response = await fetch(`${base}/Users`, { method: 'POST', headers, body });
    const text = await response.text();
    if (response.status === 429) {
      retried429++;
      await new Promise((r) => setTimeout(r, Number(response.headers.get('retry-after') ?? 1) * 1000));
      continue;
    }
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status !== 201 && !(response.status === 409 && text.includes('"uniqueness"'))) unexpected ||= `${response.status} ${text}`;
    return;
  }
}

// Every user once, and the first DUPLICATES of them a second time, interleaved so the two race.
const work: number[] = [];
for (let i = 0; i < USERS; i++) {
  work.push(i);
  if (i < DUPLICATES) work.push(i);
}
const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < work.length) await create(work[next++]!);
  }),
);
const seconds = (performance.now() - started) / 1000;
await server.stop();

const [counts] = await sql<[{ scim: number; distinct: number; members: number; invited: number }]>`
  select count(*)::int as scim, count(distinct user_name)::int as distinct,
    (select count(*)::int from memberships where org_id = ${orgId}) - 1 as members,
    (select count(*)::int from invitations where org_id = ${orgId} and status = 'pending') as invited
  from scim_users where org_id = ${orgId}`;
const ok =
  !unexpected &&
  statuses.get(201) === USERS &&
  (statuses.get(409) ?? 0) === DUPLICATES &&
  counts.scim === USERS &&
  counts.distinct === USERS &&
  counts.members === USERS - existing &&
  counts.invited === existing;
log(
  `bench: scim initial sync of ${USERS.toLocaleString('en')} users (${existing} existing accounts, ${DUPLICATES} duplicate POSTs, ` +
    `${CONCURRENCY} at once): ${[...statuses].map(([s, n]) => `${n}×${s}`).join(', ')}, ${retried429} retried after 429, ` +
    `${counts.members} new members, ${counts.invited} invited, in ${seconds.toFixed(1)} s (${Math.round(work.length / seconds)} requests/s): ` +
    (ok ? 'met' : `MISSED${unexpected ? ` (first unexpected answer: ${unexpected.slice(0, 300)})` : ''}`),
);
await sql`delete from organizations where id = ${orgId}`;
await sql`delete from users where email like ${`${run}.%@bench.example`}`;
await sql.end();
process.exit(ok ? 0 : 1);
