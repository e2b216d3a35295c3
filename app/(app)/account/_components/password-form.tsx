'use client';

import { toast } from 'sonner';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { changePasswordSchema } from '@/lib/validations/account';
import { changePasswordAction } from '../actions';

export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const router = useRouter();
  const change = useActionForm({
    schema: changePasswordSchema,
    defaultValues: { currentPassword: '', newPassword: '' },
    action: changePasswordAction,
    onSuccess: () => {
      change.form.reset();
      toast.success(hasPassword ? 'Password changed. Every other device is signed out.' : 'Password set.');
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={change.onSubmit} className="space-y-4" noValidate>
      {hasPassword ? (
        <Field
          label="Current password"
          type="password"
          autoComplete="current-password"
          {...change.form.register('currentPassword')}
          error={change.errorOf('currentPassword')}
        />
      ) : null}
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        {...change.form.register('newPassword')}
        error={change.errorOf('newPassword')}
      />
      <FormError message={change.formError} />
      <div className="flex justify-end">
        <Button type="submit" disabled={change.submitting}>
          {hasPassword ? 'Change password' : 'Set password'}
        </Button>
      </div>
    </form>
  );
}
