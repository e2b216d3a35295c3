// Times the effective-access query for a member of 1, 10, 100 and 500 teams over 200 apps on the
// PostgreSQL of DATABASE_URL (a fresh org is created and deleted), the per-level summary the page then
// computes for every app, and their sum per render (what the member page pays). Run: npm run bench:access
import { performance } from 'node:perf_hooks';
import { eq, like, sql } from 'drizzle-orm';
import { closeDatabase, getDb, schema } from '../db/index';
import { migrateDatabase } from '../db/migrate';
import { effectiveAccessForMember } from '../db/queries/access';
import { summarizeAppAccess, type OrgRole } from '../lib/permissions';

if (!process.env.DATABASE_URL) {
  console.error('bench: set DATABASE_URL to a PostgreSQL database (the embedded one is not a benchmark target)');
  process.exit(1);
}
await migrateDatabase();
const db = await getDb();
const orgId = `bench-access-${Date.now().toString(36)}`;
const APPS = 200;
const TEAMS = 500;
const GRANTS_PER_TEAM = 10;
const levels = ['full_access', 'model_trainer', 'labeler_lead', 'labeler_worker'] as const;

const [admin] = await db
  .insert(schema.users)
  .values({ email: `${orgId}-admin@example.test`, name: 'Bench' })
  .returning({ id: schema.users.id });
await db.insert(schema.organizations).values({ id: orgId, name: 'Bench access', billingEmail: 'bench@example.test' });
await db.insert(schema.memberships).values({ orgId, userId: admin!.id, role: 'admin' });
const apps = await db
  .insert(schema.apps)
  .values(Array.from({ length: APPS }, (_, i) => ({ orgId, slug: `app-${String(i).padStart(3, '0')}`, name: `App ${i}` })))
  .returning({ id: schema.apps.id });
const teamIds = Array.from({ length: TEAMS }, (_, i) => `team-${String(i).padStart(3, '0')}`);
await db.insert(schema.teams).values(teamIds.map((id, i) => ({ orgId, id, name: id, defaultPermission: levels[i % 4]! })));
await db.insert(schema.teamApps).values(
  teamIds.flatMap((teamId, t) =>
    Array.from({ length: GRANTS_PER_TEAM }, (_, g) => ({
      orgId,
      teamId,
      appId: apps[(t * 7 + g * 13) % APPS]!.id,
      permission: levels[(t + g) % 4]!,
    })),
  ),
);

// Production tables have planner statistics and visibility maps (index-only scans then skip the heap);
// freshly bulk-loaded ones have neither until autovacuum runs. As bench/seed.ts does: vacuum analyze.
for (const table of ['apps', 'teams', 'team_apps', 'team_members', 'memberships']) await db.execute(sql.raw(`vacuum analyze ${table}`));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

/** Median (and p95) of the query, of the summary of every app, and of both together, over 200 renders: at 500 teams some 2 s, so that a moment of other work on the 2 shared cores moves the median less than over 50. */
async function measure(label: string, userId: string, role: OrgRole): Promise<string> {
  for (let i = 0; i < 20; i++) await effectiveAccessForMember(db, orgId, userId, role); // warm up
  const queryTimes: number[] = [];
  const summaryTimes: number[] = [];
  const pageTimes: number[] = [];
  let appsSeen = 0;
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    const access = await effectiveAccessForMember(db, orgId, userId, role);
    const queried = performance.now();
    for (const app of access) summarizeAppAccess(app.grant);
    const summarized = performance.now();
    queryTimes.push(queried - start);
    summaryTimes.push(summarized - queried);
    pageTimes.push(summarized - start);
    appsSeen = access.length;
  }
  return (
    `effective-access(${label}) query p50 ${median(queryTimes).toFixed(2)} ms (p95 ${p95(queryTimes).toFixed(2)}), ` +
    `summary p50 ${median(summaryTimes).toFixed(2)} ms, query + summary p50 ${median(pageTimes).toFixed(2)} ms ` +
    `(p95 ${p95(pageTimes).toFixed(2)}), over ${appsSeen} apps`
  );
}

const results: string[] = [];
for (const teams of [1, 10, 100, 500]) {
  const [user] = await db
    .insert(schema.users)
    .values({ email: `${orgId}-m${teams}@example.test` })
    .returning({ id: schema.users.id });
  await db.insert(schema.memberships).values({ orgId, userId: user!.id, role: 'team_contributor' });
  await db.insert(schema.teamMembers).values(teamIds.slice(0, teams).map((teamId) => ({ orgId, teamId, userId: user!.id })));
  await db.execute(sql`vacuum analyze team_members`);
  results.push(await measure(`${teams}`, user!.id, 'team_contributor'));
  // A role that sees every app by itself (Organization User): all 200 apps, the teams' grants added.
  if (teams === 500) results.push(await measure(`${teams}, org_user`, user!.id, 'org_user'));
}
await db.delete(schema.organizations).where(eq(schema.organizations.id, orgId));
await db.delete(schema.users).where(like(schema.users.email, `${orgId}-%@example.test`)); // the admin and the measured members
for (const line of results) console.log(line);
await closeDatabase();
