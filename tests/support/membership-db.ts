/**
 * The database side of the model-based test: reads the organizations' rows back as sorted lines and
 * asserts they equal the model's, with the invariants and every member's effective access.
 */
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { getDb, schema, type Executor } from '@/db';
import { effectiveAccessForMember } from '@/db/queries/access';
import { appGrantFor } from '@/db/queries/apps';
import { APP_PERMISSION_KEYS, canOnApp, explainAppAccess, OWNER_ROLE, type AppGrant } from '@/lib/permissions';
import type { MembershipModel } from './membership-model';

/** The id of the organization's pending invitation of `email` (the one an invite just created). */
export async function pendingInvitationId(orgId: string, email: string): Promise<string> {
  const db = await getDb();
  const i = schema.invitations;
  const [row] = await db
    .select({ id: i.id })
    .from(i)
    .where(and(eq(i.orgId, orgId), eq(i.email, email), eq(i.status, 'pending')));
  if (!row) throw new Error(`no pending invitation of ${email} in ${orgId}`);
  return row.id;
}

/** A grant with its teams in Team ID order, so two grants of the same facts compare equal. */
function normalized(grant: AppGrant | null) {
  if (!grant) return null;
  return { role: grant.role, teams: [...grant.teams].sort((x, y) => (x.teamId < y.teamId ? -1 : 1)).map((t) => ({ ...t })) };
}

/** Each allowed permission with its sources' labels: what the Effective access section shows. */
function explained(grant: AppGrant) {
  return explainAppAccess(grant)
    .filter((p) => p.allowed)
    .map(
      (p) =>
        `${p.permission}: ${p.sources
          .map((s) => s.label)
          .sort()
          .join(' + ')}`,
    );
}

async function readLines(db: Executor, orgIds: string[]) {
  const { memberships: m, teams: t, teamMembers: tm, teamApps: ta, invitations: inv, notifications: n } = schema;
  const [memberships, teams, teamMembers, teamApps, invitations, notes] = await Promise.all([
    db.select({ orgId: m.orgId, userId: m.userId, role: m.role }).from(m).where(inArray(m.orgId, orgIds)),
    db.select({ orgId: t.orgId, id: t.id, name: t.name, level: t.defaultPermission }).from(t).where(inArray(t.orgId, orgIds)),
    db.select({ orgId: tm.orgId, teamId: tm.teamId, userId: tm.userId }).from(tm).where(inArray(tm.orgId, orgIds)),
    db.select({ orgId: ta.orgId, teamId: ta.teamId, appId: ta.appId, level: ta.permission }).from(ta).where(inArray(ta.orgId, orgIds)),
    db
      .select({ id: inv.id, orgId: inv.orgId, email: inv.email, role: inv.role, status: inv.status })
      .from(inv)
      .where(inArray(inv.orgId, orgIds)),
    db
      .select({ invitationId: n.invitationId, userId: n.userId, orgId: n.orgId, invitationOrgId: inv.orgId })
      .from(n)
      .leftJoin(inv, eq(inv.id, n.invitationId))
      .where(and(eq(n.kind, 'invitation'), sql`(${inArray(n.orgId, orgIds)} or ${inArray(inv.orgId, orgIds)})`)),
  ]);
  // An invitation's notification belongs to the invitation's organization.
  for (const note of notes) expect(note.orgId, 'invitation notification of another organization').toBe(note.invitationOrgId);
  const sorted = (xs: string[]) => xs.sort();
  return {
    memberships: sorted(memberships.map((r) => `${r.orgId}|${r.userId}|${r.role}`)),
    teams: sorted(teams.map((r) => `${r.orgId}|${r.id}|${r.name}|${r.level}`)),
    teamMembers: sorted(teamMembers.map((r) => `${r.orgId}|${r.teamId}|${r.userId}`)),
    teamApps: sorted(teamApps.map((r) => `${r.orgId}|${r.teamId}|${r.appId}|${r.level}`)),
    invitations: sorted(invitations.map((r) => `${r.id}|${r.orgId}|${r.email}|${r.role}|${r.status}`)),
    invitationNotifications: sorted(notes.map((r) => `${r.invitationId}|${r.userId}`)),
  };
}

/** Rows that would break tenant isolation: a team member who is not an org member, a grant of another org's app. */
async function crossOrgRows(db: Executor, orgIds: string[]) {
  const { memberships: m, teamMembers: tm, teamApps: ta, apps: a } = schema;
  const [[strayMembers], [strayApps]] = await Promise.all([
    db
      .select({ n: count() })
      .from(tm)
      .leftJoin(m, and(eq(m.orgId, tm.orgId), eq(m.userId, tm.userId)))
      .where(and(inArray(tm.orgId, orgIds), isNull(m.userId))),
    db
      .select({ n: count() })
      .from(ta)
      .innerJoin(a, eq(a.id, ta.appId))
      .where(and(inArray(ta.orgId, orgIds), sql`${a.orgId} is distinct from ${ta.orgId}`)),
  ]);
  return { teamMembersOutsideOrg: Number(strayMembers?.n), grantsOfForeignApps: Number(strayApps?.n) };
}

export type Checked = { audits: number; state: string };

/**
 * Asserts the database equals the model after a step; returns the organizations' audit event count
 * (the caller checks that a refused action wrote none) and the state it compared. Effective access is
 * a function of that state (memberships, teams, team members, team apps), so it is compared again
 * whenever the state differs from `previous` — after every step that changed something.
 */
export async function checkAgainstModel(db: Executor, model: MembershipModel, previous?: Checked): Promise<Checked> {
  const orgIds = model.orgs.map((o) => o.id);
  const [lines, crossOrg, [audit]] = await Promise.all([
    readLines(db, orgIds),
    crossOrgRows(db, orgIds),
    db.select({ n: count() }).from(schema.auditEvents).where(inArray(schema.auditEvents.orgId, orgIds)),
  ]);
  expect(lines).toEqual(model.lines());

  // Invariants, read from SQL: an Admin in every organization; no cross-organization rows.
  for (const orgId of orgIds) {
    expect(
      lines.memberships.filter((l) => l.startsWith(`${orgId}|`) && l.endsWith(`|${OWNER_ROLE}`)).length,
      `Admins of ${orgId}`,
    ).toBeGreaterThanOrEqual(1);
  }
  expect(crossOrg).toEqual({ teamMembersOutsideOrg: 0, grantsOfForeignApps: 0 });
  // The counts the members page shows (kept by triggers) equal the rows.
  const counts = await db
    .select({ orgId: schema.orgCounts.orgId, members: schema.orgCounts.members, pending: schema.orgCounts.pendingInvitations })
    .from(schema.orgCounts)
    .where(inArray(schema.orgCounts.orgId, orgIds));
  expect(counts.map((c) => `${c.orgId}|${c.members}|${c.pending}`).sort(), 'org_counts').toEqual(
    orgIds
      .map(
        (orgId) =>
          `${orgId}|${model.lines().memberships.filter((l) => l.startsWith(`${orgId}|`)).length}|${model.invitations.filter((i) => i.orgId === orgId && i.status === 'pending').length}`,
      )
      .sort(),
  );
  const state = JSON.stringify([lines.memberships, lines.teams, lines.teamMembers, lines.teamApps]);
  if (state !== previous?.state) await checkAccess(db, model);
  return { audits: Number(audit?.n), state };
}

/** For every (person, app), the grant SQL reads equals the one the model builds, and so do the permissions. */
async function checkAccess(db: Executor, model: MembershipModel) {
  await Promise.all(
    model.orgs.flatMap((org) =>
      model.users.map(async (user) => {
        const role = model.role(org.id, user.id);
        const [access, ...grants] = await Promise.all([
          role ? effectiveAccessForMember(db, org.id, user.id, role) : null,
          ...org.apps.map((appId) => appGrantFor(db, org.id, user.id, appId)),
        ]);
        org.apps.forEach((appId, i) => {
          const expected = model.grant(org.id, user.id, appId);
          const actual = grants[i]!;
          const where = `${user.name} on app ${appId} of ${org.id}`;
          expect(normalized(actual), `appGrantFor: ${where}`).toEqual(normalized(expected));
          if (actual && expected) {
            expect(
              APP_PERMISSION_KEYS.filter((p) => canOnApp(actual, p)),
              `canOnApp: ${where}`,
            ).toEqual(APP_PERMISSION_KEYS.filter((p) => canOnApp(expected, p)));
            expect(explained(actual), `explainAppAccess: ${where}`).toEqual(explained(expected));
          }
        });
        if (!access) return;
        expect(access.map((a) => a.appId).sort(), `apps ${user.name} sees in ${org.id}`).toEqual(model.visibleApps(org.id, user.id).sort());
        for (const entry of access) {
          expect(normalized(entry.grant), `effectiveAccessForMember: ${user.name} on ${entry.appId}`).toEqual(
            normalized(model.grant(org.id, user.id, entry.appId)),
          );
        }
      }),
    ),
  );
}
