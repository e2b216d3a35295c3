'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { setBudgetSchema } from '@/lib/validations/costs';
import { setBudget } from '@/db/queries/costs';

export const setBudgetAction = orgAction({
  schema: setBudgetSchema,
  permission: 'budget.set',
  run: (ctx, input) => setBudget(ctx, input.monthlyBudget),
});
