import { randomUUID } from 'node:crypto';
import type { OrgRole } from '@/lib/permissions';
import { schema, type Executor } from './index';

/**
 * A second demo organization with a thousand members, for what a big roster needs: paging, search, the
 * role filter, bulk changes, the CSV export. Its Admin signs in like the other demo users; the other
 * members are directory entries without a password (they cannot sign in). Names are generated, the
 * same on every seed, every one different (30 first names × 34 last names).
 */
export const DIRECTORY_ORG = { id: 'globex', name: 'Globex Research', billingEmail: 'billing@globex.test', plan: 'enterprise' as const };
export const DIRECTORY_ADMIN = { email: 'admin@globex.test', name: 'Gia Globex' };
export const DIRECTORY_MEMBERS = 1000;

const FIRST = [
  'Alex',
  'Bea',
  'Cyrus',
  'Dana',
  'Eli',
  'Farah',
  'Gus',
  'Hana',
  'Ines',
  'Jon',
  'Kemi',
  'Lior',
  'Mara',
  'Nico',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tess',
  'Umar',
  'Vera',
  'Wes',
  'Xia',
  'Yara',
  'Zane',
  'Ada',
  'Bo',
  'Cleo',
  'Dev',
];
const LAST = [
  'Abbott',
  'Baker',
  'Chen',
  'Diaz',
  'Evans',
  'Fischer',
  'Garcia',
  'Huang',
  'Ito',
  'Jensen',
  'Khan',
  'Lopez',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Patel',
  'Quist',
  'Rossi',
  'Silva',
  'Tanaka',
  'Uddin',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zhou',
  'Amato',
  'Brandt',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fontaine',
  'Gallo',
  'Haddad',
];
/** Most people use the apps; a few build them, run the infrastructure or read the bills. */
const ROLES: OrgRole[] = ['org_user', 'org_user', 'org_user', 'team_contributor', 'team_contributor', 'org_contributor', 'infra_manager'];
const TEAMS = [
  { id: 'research', name: 'Research', defaultPermission: 'model_trainer' },
  { id: 'platform', name: 'Platform', defaultPermission: 'full_access' },
  { id: 'annotation', name: 'Annotation', defaultPermission: 'labeler_worker' },
] as const;
const DAY = 86_400_000;

export async function seedDirectoryOrg(tx: Executor, passwordHash: string): Promise<void> {
  const people = Array.from({ length: DIRECTORY_MEMBERS - 1 }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    return { name, email: `${name.toLowerCase().replace(' ', '.')}.${String(i + 1).padStart(4, '0')}@globex.test` };
  });
  const users = await tx
    .insert(schema.users)
    .values([{ ...DIRECTORY_ADMIN, passwordHash, emailVerified: new Date() }, ...people.map((p) => ({ ...p, emailVerified: new Date() }))])
    .returning({ id: schema.users.id });
  await tx.insert(schema.organizations).values(DIRECTORY_ORG);
  const now = Date.now();
  await tx.insert(schema.memberships).values(
    users.map((u, i) => ({
      orgId: DIRECTORY_ORG.id,
      userId: u.id,
      role: i === 0 || i % 250 === 0 ? ('admin' as const) : ROLES[i % ROLES.length]!,
      createdAt: new Date(now - (DIRECTORY_MEMBERS - i) * DAY * 0.3),
    })),
  );
  await tx.insert(schema.teams).values(TEAMS.map((team) => ({ orgId: DIRECTORY_ORG.id, ...team })));
  await tx
    .insert(schema.teamMembers)
    .values(
      users.flatMap((u, i) =>
        TEAMS.filter((_, t) => (i + t) % (t + 3) === 0).map((team) => ({ orgId: DIRECTORY_ORG.id, teamId: team.id, userId: u.id })),
      ),
    );
  // Recent activity for about half of them (the members list's "Last active").
  await tx
    .insert(schema.userSessions)
    .values(
      users
        .filter((_, i) => i > 0 && i % 2 === 0)
        .map((u, i) => ({ id: randomUUID(), userId: u.id, lastActiveAt: new Date(now - (i % 45) * DAY - (i % 7) * 3_600_000) })),
    );
}
