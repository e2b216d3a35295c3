'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { forgotPasswordSchema } from '@/lib/validations/account';
import { requestPasswordResetAction } from '../password-actions';

export function ForgotPasswordForm({ defaultEmail }: { defaultEmail: string }) {
  const [sent, setSent] = useState(false);
  const reset = useActionForm({
    schema: forgotPasswordSchema,
    defaultValues: { email: defaultEmail },
    action: requestPasswordResetAction,
    onSuccess: () => setSent(true),
  });

  if (sent) {
    return (
      <p role="status" className="text-sm">
        If an account exists for {reset.form.getValues('email')}, a link to reset its password is on its way. It works once and expires in
        30 minutes.
      </p>
    );
  }
  return (
    <form method="post" onSubmit={reset.onSubmit} className="space-y-4" noValidate>
      <Field label="Email" type="email" autoComplete="email" {...reset.form.register('email')} error={reset.errorOf('email')} />
      <FormError message={reset.formError} />
      <Button type="submit" className="w-full" disabled={reset.submitting}>
        Send reset link
      </Button>
    </form>
  );
}
