'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { FormActions } from '@/components/ui/form-actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { formatUsd, setBudgetSchema } from '@/lib/validations/costs';
import { setBudgetAction } from '../actions';

/** Set budget → Monthly budget (USD) → Confirm. Rendered only for members who may set it. */
export function SetBudgetDialog({ orgId, budgetCents }: { orgId: string; budgetCents: number | null }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const current = budgetCents === null ? '' : String(budgetCents / 100);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: setBudgetSchema,
    defaultValues: { orgId, monthlyBudget: current },
    action: setBudgetAction,
    onSuccess: (data) => {
      toast.success(`Monthly budget set to ${formatUsd(data.monthlyCents)}.`);
      setOpen(false);
      form.reset({ orgId, monthlyBudget: String(data.monthlyCents / 100) });
      router.refresh();
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Set budget"
      description="The organization's spending limit per calendar month, across every app and category."
      trigger={<Button variant={budgetCents === null ? 'primary' : 'secondary'}>Set budget</Button>}
    >
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field
          label="Monthly budget (USD)"
          inputMode="decimal"
          autoComplete="off"
          placeholder="25000"
          hint="In US dollars, up to 2 decimals."
          {...form.register('monthlyBudget')}
          error={errorOf('monthlyBudget')}
        />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}
