import { z } from 'zod';
import { orgScopedSchema } from './organization';

/** The categories a usage record may carry (the usage_records check constraint lists the same four). */
export const COST_CATEGORIES = ['training', 'inference', 'storage', 'labeling'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];
export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
  training: 'Training',
  inference: 'Inference',
  storage: 'Storage',
  labeling: 'Labeling',
};

/** The largest monthly budget, in dollars (the budgets table allows up to 100,000,000,000 cents). */
export const MAX_BUDGET_USD = 1_000_000_000;

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const usdWhole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** Cents as US dollars: "$1,234.50"; `whole` drops the cents ("$1,235"). */
export function formatUsd(cents: number, options: { whole?: boolean } = {}): string {
  return (options.whole ? usdWhole : usd).format(cents / 100);
}

/**
 * A dollar amount typed by a person: "25000", "25,000.50" or "$25000" all read as dollars; at most 2
 * decimals, more than $0, at most $1,000,000,000. The output is the number of dollars, and parsing it
 * again gives the same number (the form parses, then the action parses what the form sent).
 */
export const budgetAmountSchema = z.union([z.string(), z.number()], 'Enter the monthly budget in US dollars.').transform((value, ctx) => {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  const text = String(value).trim().replace(/^\$/, '').replace(/,/g, '').trim();
  if (text === '') return fail('Enter the monthly budget in US dollars.');
  if (text.length > 20) return fail('Enter an amount such as 25000 or 25000.50.');
  if (/^-\s*\$?\d/.test(text)) return fail('The monthly budget must be more than $0.');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(text)) return fail('Enter an amount such as 25000 or 25000.50.');
  if (!/^\d*(\.\d{0,2})?$/.test(text)) return fail('Use at most 2 decimals (whole cents).');
  const dollars = Number(text);
  if (!(dollars > 0)) return fail('The monthly budget must be more than $0.');
  if (dollars > MAX_BUDGET_USD) return fail('The monthly budget can be at most $1,000,000,000.');
  return dollars;
});

export const setBudgetSchema = orgScopedSchema.extend({ monthlyBudget: budgetAmountSchema });
export type SetBudgetInput = z.input<typeof setBudgetSchema>;

/** Whole cents from dollars that have at most 2 decimals (rounding only absorbs binary floating point). */
export const dollarsToCents = (dollars: number): number => Math.round(dollars * 100);
