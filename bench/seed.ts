// Seeds the benchmark's data with COPY (postgres.js `copy ... from stdin`), every id unique to the run:
// - one organization of 25,000 members (the bench Admin is one of them), 1,000 teams, 200 apps, each
//   member in 5 teams (125 members a team), 10 app grants per team, 2,000 pending invitations, 50,000 audit events;
// - 5,000 other organizations of 10 members; the Admin is also Admin of the first of them (the
//   "10 members" organization, with 2 teams and an app so every measured page exists there too);
// - 120 notifications of the Admin, 100 unread (the top bar's count).
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql } from 'postgres';

/** The large organization's size: 25,000, or BENCH_MEMBERS (the 1,000,000-member tier: BENCH_MEMBERS=1000000). */
export const BIG_MEMBERS = Number(process.env.BENCH_MEMBERS ?? 25_000);
export const TEAMS = 1_000;
export const APPS = 200;
export const TEAMS_PER_MEMBER = 5;
export const GRANTS_PER_TEAM = 10;
export const PENDING_INVITATIONS = 2_000;
export const SMALL_ORGS = 5_000;
export const SMALL_MEMBERS = 10;
export const AUDIT_EVENTS = 50_000;

const LEVELS = ['full_access', 'model_trainer', 'labeler_lead', 'labeler_worker'] as const;
const ROLES = [
  'team_contributor',
  'org_user',
  'org_contributor',
  'team_contributor',
  'infra_manager',
  'team_contributor',
  'financial_manager',
] as const;

export type Seeded = {
  run: string;
  admin: { id: string; email: string };
  bigOrg: string;
  smallOrg: string;
  /** Team and app of each organization used by the team page and the app settings page. */
  bigTeam: string;
  bigApp: string;
  smallTeam: string;
  smallApp: string;
  /** A member's name, searched for on the members page. */
  search: string;
  counts: Record<string, number>;
  seconds: number;
};

type Row = Array<string | number | null>;

function line(row: Row): string {
  return row.map((v) => (v === null ? '\\N' : String(v))).join('\t') + '\n';
}

/** COPY rows into a table, 2,000 rows a chunk. Values never hold tabs, newlines or backslashes. */
async function copy(sql: Sql, table: string, columns: string[], rows: Iterable<Row>): Promise<number> {
  let n = 0;
  function* chunks() {
    let buffer = '';
    let inBuffer = 0;
    for (const row of rows) {
      buffer += line(row);
      n++;
      if (++inBuffer === 2000) {
        yield buffer;
        buffer = '';
        inBuffer = 0;
      }
    }
    if (buffer) yield buffer;
  }
  const writable = await sql.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable();
  await pipeline(Readable.from(chunks()), writable);
  return n;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export async function seed(sql: Sql): Promise<Seeded> {
  const started = performance.now();
  const run = `b${Date.now().toString(36)}`;
  const base = Date.now() - 400 * 86_400_000; // joined over the past ~year, one member a second
  const at = (seconds: number) => new Date(base + seconds * 1000).toISOString();
  const bigOrg = `${run}-big`;
  const smallOrg = `${run}-s0000`;
  const admin = { id: randomUUID(), email: `${run}.admin@bench.example` };

  const bigIds = Array.from({ length: BIG_MEMBERS }, (_, i) => (i === 0 ? admin.id : randomUUID()));
  const smallIds = Array.from({ length: SMALL_ORGS }, (_, o) =>
    Array.from({ length: SMALL_MEMBERS }, (_, k) => (o === 0 && k === 0 ? admin.id : randomUUID())),
  );
  const counts: Record<string, number> = {};

  counts.users = await copy(
    sql,
    'users',
    ['id', 'name', 'email', 'email_verified_at', 'created_at'],
    (function* () {
      yield [admin.id, 'Bench Admin', admin.email, at(0), at(0)];
      for (let i = 1; i < BIG_MEMBERS; i++) yield [bigIds[i]!, `Member ${i}`, `${run}.m${i}@bench.example`, null, at(i)];
      for (let o = 0; o < SMALL_ORGS; o++) {
        for (let k = o === 0 ? 1 : 0; k < SMALL_MEMBERS; k++)
          yield [smallIds[o]![k]!, `Small ${o} ${k}`, `${run}.s${o}.${k}@bench.example`, null, at(k)];
      }
    })(),
  );

  counts.organizations = await copy(
    sql,
    'organizations',
    ['id', 'name', 'billing_email'],
    (function* () {
      yield [bigOrg, 'Bench Big', 'billing@bench.example'];
      for (let o = 0; o < SMALL_ORGS; o++) yield [`${run}-s${pad(o, 4)}`, `Bench Small ${o}`, 'billing@bench.example'];
    })(),
  );

  counts.memberships = await copy(
    sql,
    'memberships',
    ['org_id', 'user_id', 'role', 'created_at'],
    (function* () {
      for (let i = 0; i < BIG_MEMBERS; i++)
        yield [bigOrg, bigIds[i]!, i === 0 || i % 1000 === 0 ? 'admin' : ROLES[i % ROLES.length]!, at(i)];
      for (let o = 0; o < SMALL_ORGS; o++) {
        for (let k = 0; k < SMALL_MEMBERS; k++)
          yield [`${run}-s${pad(o, 4)}`, smallIds[o]![k]!, k === 0 ? 'admin' : ROLES[k % ROLES.length]!, at(k)];
      }
    })(),
  );

  const teamId = (t: number) => `team-${pad(t, 4)}`;
  counts.teams = await copy(
    sql,
    'teams',
    ['org_id', 'id', 'name', 'default_permission', 'created_at'],
    (function* () {
      for (let t = 0; t < TEAMS; t++) yield [bigOrg, teamId(t), `Team ${pad(t, 4)}`, LEVELS[t % 4]!, at(t)];
      yield [smallOrg, 'team-a', 'Team A', 'model_trainer', at(0)];
      yield [smallOrg, 'team-b', 'Team B', 'labeler_worker', at(1)];
    })(),
  );

  const appIds = Array.from({ length: APPS }, () => randomUUID());
  const smallAppId = randomUUID();
  counts.apps = await copy(
    sql,
    'apps',
    ['id', 'org_id', 'slug', 'name', 'created_at'],
    (function* () {
      for (let a = 0; a < APPS; a++) yield [appIds[a]!, bigOrg, `app-${pad(a, 3)}`, `App ${a}`, at(a)];
      yield [smallAppId, smallOrg, 'app-a', 'App A', at(0)];
    })(),
  );

  counts.team_members = await copy(
    sql,
    'team_members',
    ['org_id', 'team_id', 'user_id'],
    (function* () {
      for (let i = 0; i < BIG_MEMBERS; i++) {
        for (let k = 0; k < TEAMS_PER_MEMBER; k++) yield [bigOrg, teamId((i + k * 200) % TEAMS), bigIds[i]!];
      }
      for (let k = 0; k < 5; k++) yield [smallOrg, 'team-a', smallIds[0]![k]!];
      for (let k = 5; k < 8; k++) yield [smallOrg, 'team-b', smallIds[0]![k]!];
    })(),
  );

  counts.team_apps = await copy(
    sql,
    'team_apps',
    ['org_id', 'team_id', 'app_id', 'permission'],
    (function* () {
      for (let t = 0; t < TEAMS; t++) {
        for (let g = 0; g < GRANTS_PER_TEAM; g++) yield [bigOrg, teamId(t), appIds[(t * 7 + g * 13) % APPS]!, LEVELS[(t + g) % 4]!];
      }
      yield [smallOrg, 'team-a', smallAppId, 'model_trainer'];
    })(),
  );

  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
  counts.invitations = await copy(
    sql,
    'invitations',
    ['org_id', 'email', 'role', 'token_hash', 'invited_by', 'status', 'expires_at', 'last_sent_at', 'created_at'],
    (function* () {
      for (let i = 0; i < PENDING_INVITATIONS; i++) {
        yield [
          bigOrg,
          `${run}.inv${i}@bench.example`,
          i % 3 ? 'org_user' : 'team_contributor',
          `${run}-inv-${i}`,
          admin.id,
          'pending',
          inAWeek,
          at(BIG_MEMBERS + i),
          at(BIG_MEMBERS + i),
        ];
      }
      for (let i = 0; i < 2; i++)
        yield [smallOrg, `${run}.sinv${i}@bench.example`, 'org_user', `${run}-sinv-${i}`, admin.id, 'pending', inAWeek, at(i), at(i)];
    })(),
  );

  counts.notifications = await copy(
    sql,
    'notifications',
    ['user_id', 'org_id', 'kind', 'payload', 'read_at', 'created_at'],
    (function* () {
      for (let i = 0; i < 120; i++) {
        yield [admin.id, bigOrg, 'role_changed', '{"orgName":"Bench Big","roleLabel":"Admin"}', i < 20 ? at(i) : null, at(BIG_MEMBERS + i)];
      }
    })(),
  );

  // A busy organization's history: role changes by the Admin, newest last (the audit log reads the newest page).
  counts.audit_events = await copy(
    sql,
    'audit_events',
    ['org_id', 'actor_id', 'action', 'target_type', 'target_id', 'data', 'created_at'],
    (function* () {
      for (let i = 0; i < AUDIT_EVENTS; i++) {
        const member = 1 + (i % (BIG_MEMBERS - 1));
        yield [
          bigOrg,
          admin.id,
          'member.role_changed',
          'member',
          `${run}.m${member}@bench.example`,
          `{"userId":"${bigIds[member]!}","before":"org_user","after":"team_contributor"}`,
          at(i),
        ];
      }
      for (let i = 0; i < 5; i++)
        yield [smallOrg, admin.id, 'team.created', 'team', 'team-a', '{"name":"Team A","defaultPermission":"model_trainer"}', at(i)];
    })(),
  );

  // Planner statistics and visibility maps, as autovacuum would leave a production database.
  for (const table of [
    'users',
    'organizations',
    'memberships',
    'teams',
    'apps',
    'team_members',
    'team_apps',
    'invitations',
    'notifications',
    'audit_events',
  ]) {
    await sql.unsafe(`vacuum analyze ${table}`);
  }
  return {
    run,
    admin,
    bigOrg,
    smallOrg,
    bigTeam: teamId(500),
    bigApp: 'app-100',
    smallTeam: 'team-a',
    smallApp: 'app-a',
    search: 'Member 1234',
    counts,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Deletes the run's data: organizations (cascading to their rows), then the run's users. */
export async function dropRun(sql: Sql, run: string): Promise<void> {
  await sql`delete from organizations where id like ${`${run}-%`}`;
  await sql`delete from users where email like ${`${run}.%@bench.example`}`;
}
