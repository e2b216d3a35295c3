'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormDialog } from '@/components/forms/form-dialog';
import { formatUsd, setBudgetSchema } from '@/lib/validations/costs';
import { setBudgetAction } from '../actions';

/** Set budget → Monthly budget (USD) → Confirm. Rendered only for members who may set it. */
export function SetBudgetDialog({ orgId, budgetCents }: { orgId: string; budgetCents: number | null }) {
  return (
    <FormDialog
      title="Set budget"
      description="The organization's spending limit per calendar month, across every app and category."
      trigger={<Button variant={budgetCents === null ? 'primary' : 'secondary'}>Set budget</Button>}
      schema={setBudgetSchema}
      defaultValues={{ orgId, monthlyBudget: budgetCents === null ? '' : String(budgetCents / 100) }}
      action={setBudgetAction}
      success={(data) => `Monthly budget set to ${formatUsd(data.monthlyCents)}.`}
    >
      {({ field }) => (
        <Field
          label="Monthly budget (USD)"
          inputMode="decimal"
          autoComplete="off"
          placeholder="25000"
          hint="In US dollars, up to 2 decimals."
          {...field('monthlyBudget')}
        />
      )}
    </FormDialog>
  );
}
