import type { Metadata } from 'next';
import { getDb } from '@/db';
import { getCostsOverview, type CostsOverview } from '@/db/queries/costs';
import { readPlanUsage } from '@/db/queries/seats';
import { planOf } from '@/lib/billing/plans';
import { requireOrgAccess } from '@/lib/auth/access';
import { can } from '@/lib/permissions';
import { formatUsd } from '@/lib/validations/costs';
import { EmptyState } from '@/components/ui/empty-state';
import { CostsChart } from './_components/costs-chart';
import { BudgetCard, CategoryTotals, CostsTable } from './_components/cost-summary';
import { SetBudgetDialog } from './_components/set-budget-dialog';
import { PlanUsage } from './_components/plan-usage';

export const metadata: Metadata = { title: 'Costs' };

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (month: string) => monthFormat.format(new Date(`${month}T00:00:00Z`));
const shortMonthLabel = (month: string) => shortMonthFormat.format(new Date(`${month}T00:00:00Z`));

/** What the chart shows, in words: the text alternative of role="img". */
function chartSummary(overview: CostsOverview): string {
  const { months, series, budgetCents } = overview;
  const peak = months.reduce((best, m) => (m.totalCents > best.totalCents ? m : best), months[0]!);
  const parts = [
    `Stacked bar chart of usage by app from ${monthLabel(months[0]!.month)} to ${monthLabel(months.at(-1)!.month)}`,
    `${series.length} series: ${series.map((s) => (s.isOther ? `Other (${s.appCount} apps)` : s.label)).join(', ')}`,
    `highest month ${monthLabel(peak.month)} at ${formatUsd(peak.totalCents, { whole: true })}`,
  ];
  if (budgetCents !== null) {
    const over = months.filter((m) => m.totalCents > budgetCents).length;
    parts.push(`monthly budget ${formatUsd(budgetCents, { whole: true })}, exceeded in ${over} of ${months.length} months`);
  }
  return `${parts.join('; ')}. The table below lists every amount.`;
}

export default async function CostsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const access = await requireOrgAccess(orgId, 'costs.view');
  const canSetBudget = can(access.role, 'budget.set');
  const db = await getDb();
  const [overview, planUsage] = await Promise.all([getCostsOverview(db, orgId), readPlanUsage(db, orgId)]);
  const current = monthLabel(overview.currentMonth);
  const inWindow = overview.months.some((m) => m.totalCents > 0);

  return (
    <main className="p-4 sm:p-6">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Costs</h1>
          <p className="text-sm text-fg-muted">
            Usage by month and app across training, inference, storage and labeling, against the plan and the monthly budget.
          </p>
        </div>
        {canSetBudget ? <SetBudgetDialog orgId={orgId} budgetCents={overview.budgetCents} /> : null}
      </div>

      {planUsage ? (
        <PlanUsage
          orgId={orgId}
          plan={planOf(planUsage.plan)}
          usage={planUsage}
          monthLabel={current}
          spentCents={overview.currentMonthCents}
          canChange={can(access.role, 'org.settings')}
        />
      ) : null}

      <div className="mb-6 grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <BudgetCard monthLabel={current} spentCents={overview.currentMonthCents} budgetCents={overview.budgetCents} canSet={canSetBudget} />
        {overview.hasUsage ? (
          <CategoryTotals monthLabel={current} categories={overview.categories} totalCents={overview.currentMonthCents} />
        ) : null}
      </div>

      <section aria-labelledby="usage-heading">
        <h2 id="usage-heading" className="mb-3 font-semibold">
          Usage by month and app
        </h2>
        {!overview.hasUsage ? (
          <EmptyState>
            No usage recorded yet — training, inference, storage and labeling costs appear here month by month as the organization&apos;s
            apps use them.
          </EmptyState>
        ) : !inWindow ? (
          <EmptyState>No usage recorded in the last 12 months.</EmptyState>
        ) : (
          <div className="space-y-4">
            <div className="rounded-lg border border-border p-3">
              <CostsChart
                months={overview.months.map((m) => ({ label: shortMonthLabel(m.month), cents: m.cents }))}
                series={overview.series.map((s) => ({ label: s.isOther ? `Other (${s.appCount} apps)` : s.label, isOther: s.isOther }))}
                budgetCents={overview.budgetCents}
                summary={chartSummary(overview)}
              />
            </div>
            <CostsTable
              months={overview.months}
              series={overview.series}
              budgetCents={overview.budgetCents}
              monthLabels={overview.months.map((m) => shortMonthLabel(m.month))}
            />
          </div>
        )}
      </section>
    </main>
  );
}
