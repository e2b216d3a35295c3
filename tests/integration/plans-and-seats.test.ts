import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { readPlanUsage } from '@/db/queries/seats';
import { resendInvitationAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { acceptInvitationAction } from '@/app/(app)/notifications/actions';
import { createOrganizationAction } from '@/app/(app)/organizations/actions';
import { changePlanAction } from '@/app/(app)/orgs/[orgId]/settings/actions';
import CostsPage from '@/app/(app)/orgs/[orgId]/costs/page';
import { PlanUsage } from '@/app/(app)/orgs/[orgId]/costs/_components/plan-usage';
import OrganizationSettingsPage from '@/app/(app)/orgs/[orgId]/settings/page';
import { PlanForm } from '@/app/(app)/orgs/[orgId]/settings/_components/plan-form';
import { translateDbError } from '@/domain/db-errors';
import { PLAN_KEYS, PLANS, STARTING_PLAN, UNCHOSEN_PLAN, type PlanKey } from '@/lib/billing/plans';
import { can, ORG_ROLES } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, unique } from '../factories';
import { expire, invitationRow, invite, newEmail } from '../factories/invitations';
import { elementsOf } from '../factories/render';

async function rows<T>(query: SQL): Promise<T[]> {
  const result = await (await getDb()).execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

async function setPlan(orgId: string, plan: PlanKey) {
  await (await getDb()).update(schema.organizations).set({ plan }).where(eq(schema.organizations.id, orgId));
}

/** An organization on `plan` with `members` members (the Admin included) and `pending` pending invitations. */
async function orgWith(plan: PlanKey, members: number, pending = 0) {
  const admin = await createUser();
  const { id } = await createOrg(admin);
  for (let i = 1; i < members; i++) await addMember(id, 'org_user');
  await setPlan(id, plan);
  const emails = Array.from({ length: pending }, () => newEmail('held'));
  if (pending > 0) expect(await invite(admin, id, emails.join(', '))).toMatchObject({ ok: true });
  return { admin, id, emails };
}

/** Everything an invitation or a plan change writes, to show a refusal wrote nothing. */
async function orgState(orgId: string) {
  const db = await getDb();
  const [org] = await db.select({ plan: schema.organizations.plan }).from(schema.organizations).where(eq(schema.organizations.id, orgId));
  const invitations = await db
    .select({ email: schema.invitations.email, status: schema.invitations.status, expiresAt: schema.invitations.expiresAt })
    .from(schema.invitations)
    .where(eq(schema.invitations.orgId, orgId))
    .orderBy(asc(schema.invitations.email));
  const members = await db.select({ n: count() }).from(schema.memberships).where(eq(schema.memberships.orgId, orgId));
  const audit = await db.select({ action: schema.auditEvents.action }).from(schema.auditEvents).where(eq(schema.auditEvents.orgId, orgId));
  const counts = await db.select().from(schema.orgCounts).where(eq(schema.orgCounts.orgId, orgId));
  return { org, invitations, members, audit, counts };
}

async function outboxCount(emails: string[]) {
  const [row] = await (await getDb()).select({ n: count() }).from(schema.emailOutbox).where(inArray(schema.emailOutbox.to, emails));
  return Number(row?.n ?? 0);
}

describe('plans in the database follow lib/billing/plans', () => {
  it('organizations_plan_valid allows exactly the plan keys', async () => {
    const [constraint] = await rows<{ def: string }>(
      sql`select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'organizations'::regclass and conname = 'organizations_plan_valid'`,
    );
    expect([...constraint!.def.matchAll(/'([^']*)'/g)].map((m) => m[1]).toSorted()).toEqual([...PLAN_KEYS].toSorted());
    const { id } = await createOrg(await createUser());
    await expect(setPlan(id, 'platinum' as PlanKey)).rejects.toThrow();
  });

  it.each(PLAN_KEYS)('the seat guard gives %s the seats the code does', async (key) => {
    const [row] = await rows<{ seats: number | null }>(sql`select roster_plan_seats(${key}) as seats`);
    expect(row?.seats).toBe(PLANS[key].seats);
  });

  it('rows written without a plan are on the unlimited plan; organizations created in the product start on the starting plan', async () => {
    const { id } = await createOrg(await createUser());
    expect((await orgState(id)).org?.plan).toBe(UNCHOSEN_PLAN);
    await actAs(await createUser());
    const created = unique('plan');
    expect(await createOrganizationAction({ name: 'New Co', id: created, billingEmail: 'b@example.test' })).toMatchObject({ ok: true });
    expect((await orgState(created)).org?.plan).toBe(STARTING_PLAN);
  });
});

describe('seats: members + pending invitations', () => {
  it('an invitation beyond the seats left is refused beside the emails, naming the limit; nothing is written', async () => {
    const { admin, id } = await orgWith('team', 7, 2);
    const before = await orgState(id);
    const emails = [newEmail('over'), newEmail('over')];
    const result = await invite(admin, id, emails.join('\n'));
    const message =
      'Your Team plan includes 10 seats; 9 are used (7 members, 2 pending invitations), so 1 seat is left and this would take 2. ' +
      'Remove a pending invitation or change the plan.';
    expect(result).toEqual({ ok: false, code: 'CONFLICT', message, fieldErrors: { emails: [message] } });
    expect(await orgState(id)).toEqual(before);
    expect(await outboxCount(emails)).toBe(0);

    expect(await invite(admin, id, emails[0]!)).toMatchObject({ ok: true, data: { invited: [emails[0]] } });
    const full = await invite(admin, id, emails[1]!);
    expect(full).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      fieldErrors: {
        emails: [
          'Your Team plan includes 10 seats; 10 are used (7 members, 3 pending invitations). Remove a pending invitation or change the plan.',
        ],
      },
    });
    expect(await readPlanUsage(await getDb(), id)).toEqual({ plan: 'team', members: 7, pending: 3 });
  });

  it('addresses already members or invited take no new seat', async () => {
    const { admin, id, emails } = await orgWith('free', 2, 1);
    const result = await invite(admin, id, `${emails[0]}, ${admin.email}`);
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(result.ok ? '' : result.message).toContain('already has a pending invitation');
  });

  it('an expired invitation holds no seat until it is resent, and resending it needs a free seat', async () => {
    const { admin, id, emails } = await orgWith('free', 2, 1);
    const held = await invitationRow(id, emails[0]!);
    await expire(held.id);
    expect(await readPlanUsage(await getDb(), id)).toEqual({ plan: 'free', members: 2, pending: 0 });
    const newcomer = newEmail('fits');
    expect(await invite(admin, id, newcomer)).toMatchObject({ ok: true });

    const before = await orgState(id);
    await actAs(admin);
    const resent = await resendInvitationAction({ orgId: id, invitationId: held.id });
    expect(resent).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message:
        'Your Free plan includes 3 seats; 3 are used (2 members, 1 pending invitation). Remove a pending invitation or change the plan.',
    });
    expect(await orgState(id)).toEqual(before);
    // An unexpired one resends without a seat check: it already holds its seat.
    const fresh = await invitationRow(id, newcomer);
    expect(await resendInvitationAction({ orgId: id, invitationId: fresh.id })).toMatchObject({ ok: true });
  });

  it('accepting an invitation turns a pending seat into a member seat, even with no seat left', async () => {
    const { id, emails } = await orgWith('free', 2, 1);
    const invitee = await createUser({ email: emails[0] });
    const row = await invitationRow(id, emails[0]!);
    await actAs(invitee);
    expect(await acceptInvitationAction({ invitationId: row.id })).toMatchObject({ ok: true });
    expect(await readPlanUsage(await getDb(), id)).toEqual({ plan: 'free', members: 3, pending: 0 });
  });

  it('the database refuses seats beyond the plan whatever writes them, and the refusal reads clearly', async () => {
    const { id } = await orgWith('free', 3);
    const db = await getDb();
    const before = await orgState(id);
    const error = await db
      .insert(schema.memberships)
      .values({ orgId: id, userId: (await createUser()).id, role: 'org_user' })
      .then(() => null)
      .catch((e: unknown) => e);
    expect(translateDbError(error)).toEqual({
      code: 'CONFLICT',
      message: "The organization's plan has no seats left for this. Remove a pending invitation or change the plan.",
    });
    expect(await orgState(id)).toEqual(before);
    // Leaving and removal always go through, and free the seat.
    await db.delete(schema.memberships).where(and(eq(schema.memberships.orgId, id), eq(schema.memberships.role, 'org_user')));
    expect(await readPlanUsage(db, id)).toEqual({ plan: 'free', members: 1, pending: 0 });
  });
});

describe('changing the plan', () => {
  const withoutSettings = ORG_ROLES.filter((role) => !can(role, 'org.settings'));

  it('an Admin changes the plan, audited with before and after; choosing the current plan records nothing', async () => {
    const { admin, id } = await orgWith('team', 3);
    await actAs(admin);
    expect(await changePlanAction({ orgId: id, plan: 'business' })).toEqual({ ok: true, data: { plan: 'business' } });
    expect(await changePlanAction({ orgId: id, plan: 'business' })).toEqual({ ok: true, data: { plan: 'business' } });
    const audit = await (
      await getDb()
    )
      .select({ actorId: schema.auditEvents.actorId, targetId: schema.auditEvents.targetId, data: schema.auditEvents.data })
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.orgId, id), eq(schema.auditEvents.action, 'organization.plan_changed')));
    expect(audit).toEqual([{ actorId: admin.id, targetId: id, data: { before: { plan: 'team' }, after: { plan: 'business' } } }]);
  });

  it('a plan with fewer seats than are held is refused beside the plan; one with exactly enough is allowed', async () => {
    const { admin, id } = await orgWith('team', 2, 2);
    const before = await orgState(id);
    await actAs(admin);
    const message =
      'The Free plan includes 3 seats; 4 are used (2 members, 2 pending invitations). Remove members or pending invitations first, or choose a larger plan.';
    expect(await changePlanAction({ orgId: id, plan: 'free' })).toEqual({
      ok: false,
      code: 'VALIDATION',
      message,
      fieldErrors: { plan: [message] },
    });
    expect(await orgState(id)).toEqual(before);

    const { admin: admin2, id: fits } = await orgWith('team', 2, 1);
    await actAs(admin2);
    expect(await changePlanAction({ orgId: fits, plan: 'free' })).toMatchObject({ ok: true });
    // At the limit now: the next invitation is refused.
    expect(await invite(admin2, fits, newEmail('no-room'))).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('refuses an unknown plan beside the field', async () => {
    const { admin, id } = await orgWith('team', 1);
    const before = await orgState(id);
    await actAs(admin);
    expect(await changePlanAction({ orgId: id, plan: 'platinum' as PlanKey })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { plan: ['Choose a plan.'] },
    });
    expect(await orgState(id)).toEqual(before);
  });

  it.each(withoutSettings)('is refused FORBIDDEN to %s, and nothing changes', async (role) => {
    const { id } = await orgWith('team', 1);
    const member = await addMember(id, role);
    const before = await orgState(id);
    await actAs(member);
    expect(await changePlanAction({ orgId: id, plan: 'enterprise' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await orgState(id)).toEqual(before);
  });

  it('is refused NOT_FOUND to a non-member and UNAUTHENTICATED when signed out', async () => {
    const { id } = await orgWith('team', 1);
    const before = await orgState(id);
    await actAs(await createUser());
    expect(await changePlanAction({ orgId: id, plan: 'enterprise' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await actAs(null);
    expect(await changePlanAction({ orgId: id, plan: 'enterprise' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await orgState(id)).toEqual(before);
  });
});

describe('plan on the pages', () => {
  const props = (orgId: string) => ({ params: Promise.resolve({ orgId }) });
  const thisMonth = () => {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString().slice(0, 10);
  };

  it.each(ORG_ROLES.filter((role) => can(role, 'costs.view')))(
    'Costs shows %s the plan, seats used and this month against the included usage',
    async (role) => {
      const { id } = await orgWith('team', 3, 1);
      await (
        await getDb()
      )
        .insert(schema.usageRecords)
        .values({ orgId: id, appId: null, appLabel: 'shared', month: thisMonth(), category: 'storage', amountCents: 123_456 });
      const viewer = role === 'admin' ? await addMember(id, 'admin') : await addMember(id, role);
      await actAs(viewer);
      const [card] = elementsOf(await CostsPage(props(id)), PlanUsage);
      expect(card?.props).toMatchObject({
        plan: PLANS.team,
        usage: { members: 4, pending: 1 },
        spentCents: 123_456,
        canChange: can(role, 'org.settings'),
      });
    },
  );

  it('the settings page shows an Admin the Plan form on the current plan', async () => {
    const { admin, id } = await orgWith('business', 1);
    await actAs(admin);
    expect(elementsOf(await OrganizationSettingsPage(props(id)), PlanForm).map((e) => e.props)).toEqual([{ orgId: id, plan: 'business' }]);
  });
});
