import { CircleAlert } from '@/components/ui/icons';
import { COST_CATEGORIES, COST_CATEGORY_LABELS, formatUsd, type CostCategory } from '@/lib/validations/costs';
import { DataTable } from '@/components/ui/data-table';
import type { CostMonth, CostSeries } from '@/db/queries/costs';

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** The current month's spend against the monthly budget: amount, % used, and an unmistakable over-budget state. */
export function BudgetCard({
  monthLabel,
  spentCents,
  budgetCents,
  canSet,
}: {
  monthLabel: string;
  spentCents: number;
  budgetCents: number | null;
  canSet: boolean;
}) {
  const used = budgetCents ? percent(spentCents, budgetCents) : 0;
  const over = budgetCents !== null && spentCents > budgetCents;
  return (
    <section aria-labelledby="budget-heading" className={`rounded-lg border p-4 ${over ? 'border-danger' : 'border-border'}`}>
      <h2 id="budget-heading" className="text-sm font-medium text-fg-muted">
        Spend this month · {monthLabel}
      </h2>
      <p className="mt-1 text-2xl font-semibold tabular-nums">{formatUsd(spentCents)}</p>
      {budgetCents === null ? (
        <p className="mt-2 text-sm text-fg-muted">No monthly budget set{canSet ? ' — Set budget to track spend against it.' : '.'}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-fg-muted">
            of {formatUsd(budgetCents)} monthly budget ·{' '}
            <span className={over ? 'font-semibold text-danger' : 'text-fg'}>{used}% used</span>
          </p>
          <div
            role="meter"
            aria-label="Budget used this month"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.min(used, 100)}
            aria-valuetext={`${used}% of the monthly budget used`}
            className="mt-3 h-2 w-full overflow-hidden rounded-full bg-bg-subtle"
          >
            <div className={`h-full rounded-full ${over ? 'bg-danger' : 'bg-accent'}`} style={{ width: `${Math.min(used, 100)}%` }} />
          </div>
          {over ? (
            <p className="mt-3 flex items-center gap-1.5 text-sm font-medium text-danger">
              <CircleAlert size={16} aria-hidden /> Over budget by {formatUsd(spentCents - budgetCents)}
            </p>
          ) : (
            <p className="mt-3 text-sm text-fg-muted">{formatUsd(budgetCents - spentCents)} left this month</p>
          )}
        </>
      )}
    </section>
  );
}

/** This month's spend by category, each with its share of the month. */
export function CategoryTotals({
  monthLabel,
  categories,
  totalCents,
}: {
  monthLabel: string;
  categories: Record<CostCategory, number>;
  totalCents: number;
}) {
  return (
    <section aria-labelledby="categories-heading" className="rounded-lg border border-border p-4">
      <h2 id="categories-heading" className="text-sm font-medium text-fg-muted">
        By category · {monthLabel}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
        {COST_CATEGORIES.map((category) => (
          <div key={category}>
            <dt className="text-xs text-fg-muted">{COST_CATEGORY_LABELS[category]}</dt>
            <dd className="font-semibold tabular-nums">{formatUsd(categories[category])}</dd>
            <dd className="text-xs text-fg-muted tabular-nums">{percent(categories[category], totalCents)}% of the month</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The chart's numbers as a table: one row per month, one column per series, the total, and the budget share. */
export function CostsTable({
  months,
  series,
  budgetCents,
  monthLabels,
}: {
  months: CostMonth[];
  series: CostSeries[];
  budgetCents: number | null;
  monthLabels: string[];
}) {
  // Newest month first; monthLabels follow `months`, oldest first.
  const rows = months.map((month, i) => ({ month, label: monthLabels[i] })).reverse();
  const amount = { numeric: true, align: 'right', className: 'whitespace-nowrap' } as const;
  return (
    <DataTable
      caption="Usage by month and app, last 12 months, in US dollars"
      scrollLabel="Usage table"
      compact
      rows={rows}
      rowKey={(row) => row.month.month}
      columns={[
        { header: 'Month', rowHeader: true, className: 'whitespace-nowrap', cell: (row) => row.label },
        ...series.map((s, j) => ({
          ...amount,
          header: s.isOther ? `Other (${s.appCount} apps)` : s.label,
          cell: (row: (typeof rows)[number]) => formatUsd(row.month.cents[j] ?? 0),
        })),
        { ...amount, header: 'Total', className: 'whitespace-nowrap font-semibold', cell: (row) => formatUsd(row.month.totalCents) },
        budgetCents !== null && {
          ...amount,
          header: 'Of budget',
          className: (row) => (row.month.totalCents > budgetCents ? 'whitespace-nowrap font-semibold text-danger' : 'whitespace-nowrap'),
          cell: (row) => `${percent(row.month.totalCents, budgetCents)}%${row.month.totalCents > budgetCents ? ' (over)' : ''}`,
        },
      ]}
    />
  );
}
