import 'server-only';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import { COST_CATEGORIES, type CostCategory } from '@/lib/validations/costs';

const u = schema.usageRecords;
const b = schema.budgets;

/** Apps shown by name in the chart; beyond this many, the smallest are summed as "Other". */
export const TOP_APPS = 7;
export const MONTHS = 12;

export type CostSeries = {
  /** 0…TOP_APPS-1 for apps by 12-month total (largest first); TOP_APPS for "Other". */
  index: number;
  label: string;
  isOther: boolean;
  /** How many apps the series sums (1 for an app, more for "Other"). */
  appCount: number;
  totalCents: number;
};
export type CostMonth = { month: string; cents: number[]; totalCents: number };
export type CostsOverview = {
  /** The first day of the current month (UTC), YYYY-MM-DD. */
  currentMonth: string;
  /** Whether the organization has any usage record at all (any month). */
  hasUsage: boolean;
  series: CostSeries[];
  /** The last MONTHS months, oldest first, each with one amount per series (in `series` order). */
  months: CostMonth[];
  budgetCents: number | null;
  currentMonthCents: number;
  categories: Record<CostCategory, number>;
};

/** 'YYYY-MM-01' of the month `offset` months from the month of `now` (UTC). */
export function monthStart(now: Date, offset = 0): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return d.toISOString().slice(0, 10);
}

/** Usage records with an app are one app whatever its label was then; those without are one per label. */
const appKey = sql<string>`coalesce(${u.appId}::text, '~' || ${u.appLabel})`;

/**
 * The Costs page's data in two SQL statements, whatever the number of records: (1) the last 12 months
 * summed by month and app, apps ranked by their 12-month total, all but the top ones folded into
 * "Other" in SQL (so at most 12 × 8 rows come back); (2) the budget, the current month by category,
 * and whether any usage exists.
 */
export async function getCostsOverview(executor: Executor, orgId: string, now = new Date()): Promise<CostsOverview> {
  const currentMonth = monthStart(now);
  const firstMonth = monthStart(now, -(MONTHS - 1));
  const inWindow = and(eq(u.orgId, orgId), gte(u.month, firstMonth), lte(u.month, currentMonth));

  const ranked = executor.$with('ranked').as(
    executor
      .select({
        key: sql<string>`${appKey}`.as('key'),
        // The newest label an app had in the window names it.
        label: sql<string>`(array_agg(${u.appLabel} order by ${u.month} desc, ${u.createdAt} desc))[1]`.as('label'),
        rank: sql<number>`(row_number() over (order by sum(${u.amountCents}) desc, ${appKey}) - 1)::int`.as('rank'),
        apps: sql<number>`(count(*) over ())::int`.as('apps'),
      })
      .from(u)
      .where(inWindow)
      .groupBy(appKey),
  );
  // Everything is one series per app when they all fit; otherwise the top TOP_APPS and "Other".
  // Constants inlined (not parameters), so GROUP BY matches the selected expression.
  const top = sql.raw(String(TOP_APPS));
  const bucket = sql<number>`case when ${ranked.apps} <= ${top} + 1 or ${ranked.rank} < ${top} then ${ranked.rank} else ${top} end`;
  const seriesQuery = executor
    .with(ranked)
    .select({
      month: sql<string>`to_char(${u.month}, 'YYYY-MM-DD')`,
      index: sql<number>`(${bucket})::int`,
      label: sql<string>`min(${ranked.label})`,
      // Apps in the whole window, so "Other" can say how many it sums.
      apps: sql<number>`max(${ranked.apps})::int`,
      cents: sql<number>`sum(${u.amountCents})::float8`,
    })
    .from(u)
    .innerJoin(ranked, eq(ranked.key, appKey))
    .where(inWindow)
    .groupBy(u.month, bucket);

  const summaryQuery = executor
    .select({
      budgetCents: sql<number | null>`(select bg.monthly_cents::float8 from ${b} bg where bg.org_id = ${orgId})`,
      hasUsage: sql<boolean>`exists (select 1 from ${u} ur where ur.org_id = ${orgId})`,
      categories: sql<Record<string, number> | null>`(
        select json_object_agg(c.category, c.cents) from (
          select ur.category, sum(ur.amount_cents)::float8 as cents from ${u} ur
          where ur.org_id = ${orgId} and ur.month = ${currentMonth}::date group by ur.category
        ) c)`,
    })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, orgId));

  const [rows, [summary]] = await Promise.all([seriesQuery, summaryQuery]);

  const seriesByIndex = new Map<number, CostSeries>();
  for (const row of rows) {
    const isOther = row.index === TOP_APPS && row.apps > TOP_APPS + 1;
    const series = seriesByIndex.get(row.index) ?? {
      index: row.index,
      label: isOther ? 'Other' : row.label,
      isOther,
      appCount: isOther ? row.apps - TOP_APPS : 1,
      totalCents: 0,
    };
    series.totalCents += Number(row.cents);
    seriesByIndex.set(row.index, series);
  }
  const series = [...seriesByIndex.values()].sort((x, y) => x.index - y.index);

  const months: CostMonth[] = Array.from({ length: MONTHS }, (_, i) => {
    const month = monthStart(now, i - (MONTHS - 1));
    const cents = series.map((s) => Number(rows.find((r) => r.month === month && r.index === s.index)?.cents ?? 0));
    return { month, cents, totalCents: cents.reduce((sum, c) => sum + c, 0) };
  });

  const categories = Object.fromEntries(COST_CATEGORIES.map((c) => [c, Number(summary?.categories?.[c] ?? 0)])) as Record<
    CostCategory,
    number
  >;
  return {
    currentMonth,
    hasUsage: Boolean(summary?.hasUsage),
    series,
    months,
    budgetCents: summary?.budgetCents == null ? null : Number(summary.budgetCents),
    currentMonthCents: months.at(-1)!.totalCents,
    categories,
  };
}

/** The organization's monthly budget in cents, its row locked until the transaction ends; null when none is set. */
export async function lockBudgetCents(tx: Tx, orgId: string): Promise<number | null> {
  const [row] = await tx.select({ monthlyCents: b.monthlyCents }).from(b).where(eq(b.orgId, orgId)).for('update');
  return row ? Number(row.monthlyCents) : null;
}

/** Sets the organization's monthly budget (one row per organization). */
export async function upsertBudget(tx: Tx, orgId: string, monthlyCents: number, updatedBy: string): Promise<void> {
  await tx
    .insert(b)
    .values({ orgId, monthlyCents, updatedBy })
    .onConflictDoUpdate({ target: b.orgId, set: { monthlyCents, updatedBy, updatedAt: sql`now()` } });
}
