import { CircleAlert } from '@/components/ui/icons';
import { COST_CATEGORIES, COST_CATEGORY_LABELS, formatUsd, type CostCategory } from '@/lib/validations/costs';
import { thClass } from '@/components/ui/table';
import type { CostMonth, CostSeries } from '@/db/queries/costs';

/** Header cells of the amount columns: the shared header class, right-aligned like the numbers. */
const thRight = thClass.replace('text-left', 'text-right');

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
  return (
    // A scrolling region must be reachable by keyboard (tabIndex) and named for screen readers.
    <div
      tabIndex={0}
      role="region"
      aria-label="Usage table"
      className="max-h-[28rem] overflow-auto rounded-lg border border-border focus:outline-2 focus:outline-accent"
    >
      <table className="w-full text-sm">
        <caption className="sr-only">Usage by month and app, last 12 months, in US dollars</caption>
        <thead className="sticky top-0 bg-bg-subtle">
          <tr>
            <th scope="col" className={thClass}>
              Month
            </th>
            {series.map((s) => (
              <th key={s.index} scope="col" className={thRight}>
                {s.isOther ? `Other (${s.appCount} apps)` : s.label}
              </th>
            ))}
            <th scope="col" className={thRight}>
              Total
            </th>
            {budgetCents !== null ? (
              <th scope="col" className={thRight}>
                Of budget
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {[...months].reverse().map((m, i) => {
            const over = budgetCents !== null && m.totalCents > budgetCents;
            return (
              <tr key={m.month} className="border-t border-border">
                <th scope="row" className="px-4 py-2 text-left font-medium whitespace-nowrap">
                  {monthLabels[months.length - 1 - i]}
                </th>
                {m.cents.map((c, j) => (
                  <td key={j} className="px-4 py-2 text-right whitespace-nowrap tabular-nums">
                    {formatUsd(c)}
                  </td>
                ))}
                <td className="px-4 py-2 text-right font-semibold whitespace-nowrap tabular-nums">{formatUsd(m.totalCents)}</td>
                {budgetCents !== null ? (
                  <td className={`px-4 py-2 text-right whitespace-nowrap tabular-nums ${over ? 'font-semibold text-danger' : ''}`}>
                    {percent(m.totalCents, budgetCents)}%{over ? ' (over)' : ''}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
