import { count, eq } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { getDb, schema } from './index';
import type { OrgRole } from '@/lib/permissions';
import { seedDemoCosts } from './seed-costs';
import { DEMO_TEAM_USERS, seedDemoWorkspace } from './seed-workspace';
import { seedDirectoryOrg } from './seed-directory';

// Business: room for the demo's members and invitations, and usage running close to what the plan includes.
export const DEMO_ORG = { id: 'acme-ml', name: 'Acme ML', billingEmail: 'billing@acme.test', plan: 'business' as const };
export const DEMO_PASSWORD = 'roster-demo-2026';

/** One demo user per role; README.md lists these logins. */
export const DEMO_USERS: Array<{ email: string; name: string; role: OrgRole }> = [
  { email: 'admin@acme.test', name: 'Ada Admin', role: 'admin' },
  { email: 'finance@acme.test', name: 'Fin Manager', role: 'financial_manager' },
  { email: 'contributor@acme.test', name: 'Cora Contributor', role: 'org_contributor' },
  { email: 'viewer@acme.test', name: 'Uma User', role: 'org_user' },
  { email: 'team@acme.test', name: 'Theo Team', role: 'team_contributor' },
  { email: 'infra@acme.test', name: 'Ivan Infra', role: 'infra_manager' },
  // Team Contributors whose access comes from the demo teams (trainers, label-leads, labelers).
  ...DEMO_TEAM_USERS.map((u) => ({ email: u.email, name: u.name, role: 'team_contributor' as const })),
];

/**
 * Loads the demo organization into a database with no users yet (or, with `force`, into any database
 * that lacks it — end-to-end runs on a shared PostgreSQL); returns its ID, or null when nothing was done.
 */
export async function seedDemoIfEmpty(options: { force?: boolean } = {}): Promise<string | null> {
  const db = await getDb();
  if (options.force) {
    const [demo] = await db
      .select({ id: schema.organizations.id })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, DEMO_ORG.id));
    if (demo) return null;
  } else {
    const [row] = await db.select({ n: count() }).from(schema.users);
    if (Number(row?.n ?? 0) > 0) return null;
  }
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await db.transaction(async (tx) => {
    const users = await tx
      .insert(schema.users)
      .values(DEMO_USERS.map((u) => ({ email: u.email, name: u.name, passwordHash, emailVerified: new Date() })))
      .returning({ id: schema.users.id, email: schema.users.email });
    await tx.insert(schema.organizations).values(DEMO_ORG);
    await tx
      .insert(schema.memberships)
      .values(DEMO_USERS.map((u) => ({ orgId: DEMO_ORG.id, userId: users.find((x) => x.email === u.email)!.id, role: u.role })));
    const apps = await seedDemoWorkspace(tx, DEMO_ORG.id, (email) => users.find((x) => x.email === email)!.id);
    await seedDemoCosts(tx, DEMO_ORG.id, apps);
    await seedDirectoryOrg(tx, passwordHash);
  });
  return DEMO_ORG.id;
}
