'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { setBudgetSchema } from '@/lib/validations/costs';
import { setBudget } from '@/domain/costs/set-budget';

export const setBudgetAction = orgAction({
  schema: setBudgetSchema,
  run: (ctx, input) => setBudget(ctx, { dollars: input.monthlyBudget }),
});
