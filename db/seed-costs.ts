import { schema, type Executor } from './index';

const CATEGORY_RANGES = {
  // Dollars per app per month, before the app's weight and the month's growth.
  training: [900, 6000],
  inference: [400, 3500],
  storage: [60, 450],
  labeling: [150, 2200],
} as const;

/** A small linear congruential generator (Numerical Recipes constants): the same seed, the same numbers. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function monthStart(now: Date, offset: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
}

/**
 * Twelve months of demo usage ending with the current month, for every given app in every category,
 * plus one unattributed "shared-storage" line (no app), and a monthly budget about 30% above the
 * average month (a recent peak shows over it; the current month runs close to it). Deterministic: the amounts depend only on the apps'
 * order, so screenshots are stable. One multi-row insert for usage, one for the budget.
 */
export async function seedDemoCosts(db: Executor, orgId: string, apps: Array<{ id: string; slug: string }>, now = new Date()) {
  const random = lcg(20_260_101);
  const rows: Array<typeof schema.usageRecords.$inferInsert> = [];
  apps.forEach((app, a) => {
    // Earlier apps in the list are the bigger spenders, so the stack has a clear order.
    const weight = 1 / (1 + a * 0.45);
    for (let m = 0; m < 12; m++) {
      const month = monthStart(now, m - 11);
      const growth = 0.7 + m * 0.05 + (m === 9 ? 0.35 : 0);
      for (const [category, [low, high]] of Object.entries(CATEGORY_RANGES)) {
        const dollars = (low + random() * (high - low)) * weight * growth;
        rows.push({ orgId, appId: app.id, appLabel: app.slug, month, category, amountCents: Math.round(dollars * 100) });
      }
    }
  });
  for (let m = 0; m < 12; m++) {
    const cents = Math.round((250 + m * 12 + random() * 40) * 100);
    rows.push({ orgId, appId: null, appLabel: 'shared-storage', month: monthStart(now, m - 11), category: 'storage', amountCents: cents });
  }
  if (rows.length > 0) await db.insert(schema.usageRecords).values(rows);

  const perMonth = new Map<string, number>();
  for (const row of rows) perMonth.set(row.month, (perMonth.get(row.month) ?? 0) + row.amountCents);
  const average = [...perMonth.values()].reduce((sum, c) => sum + c, 0) / Math.max(perMonth.size, 1);
  // Rounded up to $1,000, about 30% above the average month.
  const monthlyCents = Math.max(100_000, Math.ceil((average * 1.3) / 100_000) * 100_000);
  await db.insert(schema.budgets).values({ orgId, monthlyCents }).onConflictDoNothing();
  return { records: rows.length, monthlyCents };
}
