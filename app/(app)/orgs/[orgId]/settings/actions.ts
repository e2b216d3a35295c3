'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { changePlanSchema } from '@/lib/validations/plan';
import { changePlan } from '@/domain/organizations/change-plan';

export const changePlanAction = orgAction({
  schema: changePlanSchema,
  run: (ctx, input) => changePlan(ctx, { plan: input.plan }),
});
