import { randomUUID } from 'node:crypto';
import { isValidElement, type ReactNode } from 'react';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, queriesSent, schema } from '@/db';
import { getCostsOverview, TOP_APPS } from '@/db/queries/costs';
import { seedDemoCosts } from '@/db/seed-costs';
import { setBudgetAction } from '@/app/(app)/orgs/[orgId]/costs/actions';
import CostsPage from '@/app/(app)/orgs/[orgId]/costs/page';
import { SetBudgetDialog } from '@/app/(app)/orgs/[orgId]/costs/_components/set-budget-dialog';
import { ORG_ROLES, can } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';

// Mid-March 2026: the window is April 2025 … March 2026.
const NOW = new Date('2026-03-15T12:00:00Z');
type Usage = { appId?: string | null; label: string; month: string; category?: string; cents: number };

async function addUsage(orgId: string, rows: Usage[]) {
  const db = await getDb();
  await db.insert(schema.usageRecords).values(
    rows.map((r) => ({
      orgId,
      appId: r.appId ?? null,
      appLabel: r.label,
      month: r.month,
      category: r.category ?? 'training',
      amountCents: r.cents,
    })),
  );
}

async function budgetState(orgId: string) {
  const db = await getDb();
  const budget = await db
    .select({ cents: schema.budgets.monthlyCents, by: schema.budgets.updatedBy })
    .from(schema.budgets)
    .where(eq(schema.budgets.orgId, orgId));
  const audits = await db
    .select({ data: schema.auditEvents.data, actorId: schema.auditEvents.actorId })
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.orgId, orgId), eq(schema.auditEvents.action, 'budget.set')));
  return { budget, audits };
}

function containsElementOf(node: ReactNode, type: unknown): boolean {
  if (Array.isArray(node)) return node.some((child) => containsElementOf(child, type));
  if (!isValidElement(node)) return false;
  if (node.type === type) return true;
  return containsElementOf((node.props as { children?: ReactNode }).children, type);
}

describe('costs overview query', () => {
  it('sums by month and app in SQL, keeps the 12-month window, and reads the budget and this month by category', async () => {
    const { id: orgId } = await createOrg(await createUser());
    const vision = randomUUID();
    const nlp = randomUUID();
    await addUsage(orgId, [
      { appId: vision, label: 'vision', month: '2026-03-01', category: 'training', cents: 10_000 },
      { appId: vision, label: 'vision', month: '2026-03-01', category: 'training', cents: 5_000 },
      { appId: vision, label: 'vision', month: '2026-03-01', category: 'storage', cents: 250 },
      { appId: nlp, label: 'nlp', month: '2026-03-01', category: 'inference', cents: 7_000 },
      { appId: vision, label: 'vision', month: '2025-04-01', category: 'labeling', cents: 1_000 },
      { appId: nlp, label: 'nlp', month: '2025-12-01', category: 'labeling', cents: 30_000 },
      // Outside the window: 12 months ago, and next month.
      { appId: vision, label: 'vision', month: '2025-03-01', cents: 99_999 },
      { appId: nlp, label: 'nlp', month: '2026-04-01', cents: 88_888 },
    ]);
    await (await getDb()).insert(schema.budgets).values({ orgId, monthlyCents: 20_000 });

    const o = await getCostsOverview(await getDb(), orgId, NOW);
    expect(o.currentMonth).toBe('2026-03-01');
    expect(o.hasUsage).toBe(true);
    expect(o.series).toEqual([
      { index: 0, label: 'nlp', isOther: false, appCount: 1, totalCents: 37_000 },
      { index: 1, label: 'vision', isOther: false, appCount: 1, totalCents: 16_250 },
    ]);
    expect(o.months.map((m) => m.month)).toEqual([
      '2025-04-01',
      '2025-05-01',
      '2025-06-01',
      '2025-07-01',
      '2025-08-01',
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(o.months[0]).toEqual({ month: '2025-04-01', cents: [0, 1_000], totalCents: 1_000 });
    expect(o.months[8]).toEqual({ month: '2025-12-01', cents: [30_000, 0], totalCents: 30_000 });
    expect(o.months[11]).toEqual({ month: '2026-03-01', cents: [7_000, 15_250], totalCents: 22_250 });
    expect(o.months.filter((m) => m.totalCents > 0)).toHaveLength(3);
    expect(o.currentMonthCents).toBe(22_250);
    expect(o.budgetCents).toBe(20_000);
    expect(o.categories).toEqual({ training: 15_000, inference: 7_000, storage: 250, labeling: 0 });
  });

  it('shows the top 7 apps by 12-month total and folds the rest into "Other"; 8 apps all fit', async () => {
    const { id: orgId } = await createOrg(await createUser());
    const apps = Array.from({ length: 10 }, (_, i) => ({ id: randomUUID(), label: `app-${i}` }));
    // app-i spends (i + 1) × $100 in each of two months: app-9 is the largest.
    await addUsage(
      orgId,
      apps.flatMap((app, i) =>
        ['2026-02-01', '2026-03-01'].map((month) => ({ appId: app.id, label: app.label, month, cents: (i + 1) * 10_000 })),
      ),
    );
    const o = await getCostsOverview(await getDb(), orgId, NOW);
    expect(o.series).toHaveLength(TOP_APPS + 1);
    expect(o.series.map((s) => s.label)).toEqual(['app-9', 'app-8', 'app-7', 'app-6', 'app-5', 'app-4', 'app-3', 'Other']);
    expect(o.series.at(-1)).toEqual({ index: TOP_APPS, label: 'Other', isOther: true, appCount: 3, totalCents: 2 * (1 + 2 + 3) * 10_000 });
    expect(o.months[11]!.cents).toEqual([100_000, 90_000, 80_000, 70_000, 60_000, 50_000, 40_000, 60_000]);
    // Nothing is lost in the folding.
    expect(o.months[10]!.totalCents).toBe(55 * 10_000);

    const { id: small } = await createOrg(await createUser());
    await addUsage(
      small,
      apps.slice(0, 8).map((app, i) => ({ appId: app.id, label: app.label, month: '2026-03-01', cents: (i + 1) * 100 })),
    );
    const fits = await getCostsOverview(await getDb(), small, NOW);
    expect(fits.series.map((s) => [s.label, s.isOther])).toEqual(
      ['app-7', 'app-6', 'app-5', 'app-4', 'app-3', 'app-2', 'app-1', 'app-0'].map((label) => [label, false]),
    );
  });

  it('an app is one series under its newest label; records without an app are grouped by their label', async () => {
    const { id: orgId } = await createOrg(await createUser());
    const app = randomUUID();
    await addUsage(orgId, [
      { appId: app, label: 'old-name', month: '2025-06-01', cents: 100 },
      { appId: app, label: 'new-name', month: '2026-01-01', cents: 200 },
      { appId: null, label: 'deleted-app', month: '2025-06-01', cents: 50 },
      { appId: null, label: 'deleted-app', month: '2026-01-01', cents: 60 },
      { appId: null, label: 'shared', month: '2026-01-01', cents: 10 },
    ]);
    const o = await getCostsOverview(await getDb(), orgId, NOW);
    expect(o.series.map((s) => [s.label, s.totalCents])).toEqual([
      ['new-name', 300],
      ['deleted-app', 110],
      ['shared', 10],
    ]);
  });

  it("counts only the organization's own records and budget, in two SQL statements however many records there are", async () => {
    const { id: orgId } = await createOrg(await createUser());
    const { id: otherOrg } = await createOrg(await createUser());
    const shared = randomUUID();
    await addUsage(orgId, [{ appId: shared, label: 'shared-app', month: '2026-03-01', category: 'inference', cents: 1_000 }]);
    // The other organization: the same app ID and label, more apps, a budget.
    await addUsage(otherOrg, [
      { appId: shared, label: 'shared-app', month: '2026-03-01', category: 'inference', cents: 500_000 },
      ...Array.from({ length: 400 }, (_, i) => ({
        appId: randomUUID(),
        label: `other-${i % 40}`,
        month: `2025-${String((i % 9) + 4).padStart(2, '0')}-01`,
        category: 'storage',
        cents: 1 + i,
      })),
    ]);
    await (await getDb()).insert(schema.budgets).values({ orgId: otherOrg, monthlyCents: 123_00 });

    const before = queriesSent();
    const o = await getCostsOverview(await getDb(), orgId, NOW);
    expect(queriesSent() - before).toBe(2);
    expect(o.series).toEqual([{ index: 0, label: 'shared-app', isOther: false, appCount: 1, totalCents: 1_000 }]);
    expect(o.budgetCents).toBeNull();
    expect(o.categories).toEqual({ training: 0, inference: 1_000, storage: 0, labeling: 0 });

    const beforeBig = queriesSent();
    const big = await getCostsOverview(await getDb(), otherOrg, NOW);
    expect(queriesSent() - beforeBig).toBe(2);
    expect(big.series).toHaveLength(TOP_APPS + 1);
    expect(big.series.at(-1)).toMatchObject({ isOther: true, appCount: 400 + 1 - TOP_APPS });
    expect(big.months.reduce((sum, m) => sum + m.totalCents, 0)).toBe(500_000 + (400 * 401) / 2);
  });

  it('an organization with no usage has no series and twelve empty months', async () => {
    const { id: orgId } = await createOrg(await createUser());
    const o = await getCostsOverview(await getDb(), orgId, NOW);
    expect(o).toMatchObject({
      hasUsage: false,
      series: [],
      budgetCents: null,
      currentMonthCents: 0,
      categories: { training: 0, inference: 0, storage: 0, labeling: 0 },
    });
    expect(o.months.map((m) => m.totalCents)).toEqual(Array(12).fill(0));
  });

  it('seedDemoCosts writes 12 months for every app and category, the same numbers every time, and a budget', async () => {
    const apps = [
      { id: randomUUID(), slug: 'vision' },
      { id: randomUUID(), slug: 'nlp' },
      { id: randomUUID(), slug: 'speech' },
    ];
    const results = [];
    for (let i = 0; i < 2; i++) {
      const { id: orgId } = await createOrg(await createUser());
      const seeded = await seedDemoCosts(await getDb(), orgId, apps, NOW);
      expect(seeded.records).toBe(3 * 12 * 4 + 12);
      results.push({ seeded, overview: await getCostsOverview(await getDb(), orgId, NOW) });
    }
    const [first, second] = results;
    expect(first!.overview.series.map((s) => s.label)).toEqual(['vision', 'nlp', 'speech', 'shared-storage']);
    expect(first!.overview.months.every((m) => m.totalCents > 0)).toBe(true);
    expect(first!.overview.budgetCents).toBe(first!.seeded.monthlyCents);
    expect(second!.overview.months).toEqual(first!.overview.months);
    expect(second!.seeded.monthlyCents).toBe(first!.seeded.monthlyCents);
  });
});

describe('set budget', () => {
  it('an Admin sets and changes the monthly budget; each change is audited with before and after', async () => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    await actAs(admin);
    expect(await setBudgetAction({ orgId, monthlyBudget: '25,000.50' })).toEqual({ ok: true, data: { monthlyCents: 2_500_050 } });
    expect(await setBudgetAction({ orgId, monthlyBudget: '$30000' })).toEqual({ ok: true, data: { monthlyCents: 3_000_000 } });
    const state = await budgetState(orgId);
    expect(state.budget).toEqual([{ cents: 3_000_000, by: admin.id }]);
    expect(state.audits.map((a) => a.data)).toEqual(
      expect.arrayContaining([
        { before: null, after: '$25,000.50', beforeCents: null, afterCents: 2_500_050 },
        { before: '$25,000.50', after: '$30,000.00', beforeCents: 2_500_050, afterCents: 3_000_000 },
      ]),
    );
    expect(state.audits).toHaveLength(2);
    expect((await getCostsOverview(await getDb(), orgId)).budgetCents).toBe(3_000_000);
    expect(await setBudgetAction({ orgId, monthlyBudget: 1_000_000_000 })).toEqual({ ok: true, data: { monthlyCents: 100_000_000_000 } });
  });

  it.each([
    ['financial_manager', 'FORBIDDEN'],
    ['org_contributor', 'FORBIDDEN'],
    ['non-member', 'NOT_FOUND'],
  ] as const)('is refused for %s (%s), and nothing changes', async (who, code) => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    await actAs(admin);
    expect((await setBudgetAction({ orgId, monthlyBudget: '1000' })).ok).toBe(true);
    const before = await budgetState(orgId);
    await actAs(who === 'non-member' ? await createUser() : await addMember(orgId, who));
    expect(await setBudgetAction({ orgId, monthlyBudget: '999999' })).toMatchObject({ ok: false, code });
    expect(await budgetState(orgId)).toEqual(before);
  });

  it.each([
    ['', 'Enter the monthly budget in US dollars.'],
    ['   ', 'Enter the monthly budget in US dollars.'],
    ['abc', 'Enter an amount such as 25000 or 25000.50.'],
    ['12e3', 'Enter an amount such as 25000 or 25000.50.'],
    ['-5', 'The monthly budget must be more than $0.'],
    ['0', 'The monthly budget must be more than $0.'],
    ['0.00', 'The monthly budget must be more than $0.'],
    ['12.345', 'Use at most 2 decimals (whole cents).'],
    ['1000000000.01', 'The monthly budget can be at most $1,000,000,000.'],
    [12.345, 'Use at most 2 decimals (whole cents).'],
    [Number.NaN, 'Enter the monthly budget in US dollars.'],
    [null, 'Enter the monthly budget in US dollars.'],
    ['9'.repeat(200_000), 'Enter an amount such as 25000 or 25000.50.'],
    [['100'], 'Enter the monthly budget in US dollars.'],
  ] as const)('refuses %s beside the field', async (value, message) => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    await actAs(admin);
    expect(await setBudgetAction({ orgId, monthlyBudget: value as string })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { monthlyBudget: [message] },
    });
    expect(await budgetState(orgId)).toEqual({ budget: [], audits: [] });
  });
});

describe('costs page', () => {
  it.each(ORG_ROLES.filter((role) => !can(role, 'costs.view')))('is not shown to %s (404)', async (role) => {
    const { id: orgId } = await createOrg(await createUser());
    await actAs(await addMember(orgId, role));
    await expect(CostsPage({ params: Promise.resolve({ orgId }) })).rejects.toMatchObject({ digest: expect.stringContaining('404') });
  });

  it('shows Set budget to the Admin only; the Financial Manager sees the costs without it', async () => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    await addUsage(orgId, [{ appId: randomUUID(), label: 'vision', month: new Date().toISOString().slice(0, 8) + '01', cents: 100 }]);
    await actAs(admin);
    expect(containsElementOf(await CostsPage({ params: Promise.resolve({ orgId }) }), SetBudgetDialog)).toBe(true);
    await actAs(await addMember(orgId, 'financial_manager'));
    expect(containsElementOf(await CostsPage({ params: Promise.resolve({ orgId }) }), SetBudgetDialog)).toBe(false);
    await actAs(await createUser());
    await expect(CostsPage({ params: Promise.resolve({ orgId }) })).rejects.toMatchObject({ digest: expect.stringContaining('404') });
  });
});
