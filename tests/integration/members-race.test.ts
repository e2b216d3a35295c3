import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { changeMemberRoleAction, inviteMembersAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { acceptInvitationAction } from '@/app/(app)/notifications/actions';
import { countAdmins } from '@/db/queries/organizations';
import { runAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { invitationsFor, invite, latestInvitationToken, membershipsOf, newEmail } from '../factories/invitations';

const ROUNDS = 50;

// PGlite runs one statement at a time, so only PostgreSQL can show a race; CI runs this there.
describe.runIf(Boolean(process.env.DATABASE_URL))('members invariants under concurrency (PostgreSQL)', () => {
  it(`two Admins demoting each other at once: an Admin remains (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const first = await createUser();
      const { id: orgId } = await createOrg(first);
      const second = await addMember(orgId, 'admin');
      const results = await Promise.all([
        runAs(first, () => changeMemberRoleAction({ orgId, userId: second.id, role: 'org_user' })),
        runAs(second, () => changeMemberRoleAction({ orgId, userId: first.id, role: 'org_user' })),
      ]);
      const failed = results.filter((r) => !r.ok);
      expect(failed.length).toBeGreaterThanOrEqual(1);
      for (const failure of failed) expect(['FORBIDDEN', 'CONFLICT']).toContain((failure as { code: string }).code);
      expect(await countAdmins(await getDb(), orgId)).toBeGreaterThanOrEqual(1);
      // Whatever won, the audit log tells the same story as the table.
      const changed = await (
        await getDb()
      )
        .select()
        .from(schema.auditEvents)
        .where(and(eq(schema.auditEvents.orgId, orgId), eq(schema.auditEvents.action, 'member.role_changed')));
      expect(changed).toHaveLength(results.filter((r) => r.ok).length);
    }
  });

  it(`one invitation link accepted twice at once: one membership (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const admin = await createUser();
      const { id: orgId } = await createOrg(admin);
      const invitee = await createUser();
      expect(await invite(admin, orgId, invitee.email, 'org_contributor')).toMatchObject({ ok: true });
      const token = await latestInvitationToken(invitee.email);
      const results = await Promise.all([
        runAs(invitee, () => acceptInvitationAction({ token })),
        runAs(invitee, () => acceptInvitationAction({ token })),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ code: 'CONFLICT' });
      expect((await membershipsOf(orgId)).filter((m) => m.userId === invitee.id)).toEqual([
        { userId: invitee.id, role: 'org_contributor' },
      ]);
      const audit = await (
        await getDb()
      )
        .select()
        .from(schema.auditEvents)
        .where(and(eq(schema.auditEvents.orgId, orgId), eq(schema.auditEvents.action, 'invitation.accepted')));
      expect(audit).toHaveLength(1);
    }
  });

  it(`the same address invited by two Admins at once: one pending invitation (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const first = await createUser();
      const { id: orgId } = await createOrg(first);
      const second = await addMember(orgId, 'admin');
      const email = newEmail('race');
      const results = await Promise.all([
        runAs(first, () => inviteMembersAction({ orgId, emails: email, role: 'org_user' })),
        runAs(second, () => inviteMembersAction({ orgId, emails: email.toUpperCase(), role: 'admin' })),
      ]);
      const rows = await invitationsFor(orgId, email);
      expect(rows.filter((r) => r.status === 'pending')).toHaveLength(1);
      expect(rows).toHaveLength(1);
      // Exactly one of them invited it; the other was told it is already pending (or refused as such).
      const invited = results.filter((r) => r.ok && r.data.invited.includes(email));
      expect(invited).toHaveLength(1);
      for (const r of results) expect(r.ok || r.code === 'CONFLICT').toBe(true);
      expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
