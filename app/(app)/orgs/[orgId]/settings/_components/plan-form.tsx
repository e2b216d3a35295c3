'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { PLAN_KEYS, PLANS, type PlanKey } from '@/lib/billing/plans';
import { planDescription, planSummary } from '@/lib/billing/seats';
import { changePlanSchema } from '@/lib/validations/plan';
import { changePlanAction } from '../actions';

const OPTIONS = PLAN_KEYS.map((key) => ({ value: key, label: planSummary(PLANS[key]) }));

/** `Plan` and `Change plan`; a plan without seats for everyone is refused beside the select. */
export function PlanForm({ orgId, plan }: { orgId: string; plan: PlanKey }) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: changePlanSchema,
    defaultValues: { orgId, plan },
    action: changePlanAction,
    onSuccess: (saved) => {
      form.reset({ orgId, plan: saved.plan });
      toast.success(`The organization is on the ${PLANS[saved.plan].label} plan.`);
      // Seats and included usage show on the page above and on Costs: read them again.
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
      <SelectField
        label="Plan"
        options={OPTIONS}
        hint={`${planDescription(PLANS[form.watch('plan')] ?? PLANS[plan])} A plan must have a seat for every member and pending invitation; remove some first to move to a smaller one.`}
        {...form.register('plan')}
        error={errorOf('plan')}
      />
      <FormError message={formError} />
      <Button type="submit" disabled={submitting}>
        Change plan
      </Button>
    </form>
  );
}
