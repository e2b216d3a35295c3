'use client';

import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { resetPasswordSchema } from '@/lib/validations/account';
import { resetPasswordAction } from '../password-actions';

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const reset = useActionForm({
    schema: resetPasswordSchema,
    defaultValues: { token, newPassword: '' },
    action: resetPasswordAction,
    onSuccess: ({ signedIn }) => {
      router.replace(signedIn ? '/organizations' : '/sign-in?reset=1');
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={reset.onSubmit} className="space-y-4" noValidate>
      <input type="hidden" {...reset.form.register('token')} />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        {...reset.form.register('newPassword')}
        error={reset.errorOf('newPassword') ?? reset.errorOf('token')}
      />
      <FormError message={reset.formError} />
      <Button type="submit" className="w-full" disabled={reset.submitting}>
        Set password
      </Button>
    </form>
  );
}
