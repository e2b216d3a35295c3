import { z } from 'zod';
import { PLAN_KEYS } from '@/lib/billing/plans';
import { orgScopedSchema } from './organization';

/** An Admin moves the organization to another plan (no payment is taken). */
export const changePlanSchema = orgScopedSchema.extend({
  plan: z.enum(PLAN_KEYS, 'Choose a plan.'),
});
export type ChangePlanInput = z.input<typeof changePlanSchema>;
