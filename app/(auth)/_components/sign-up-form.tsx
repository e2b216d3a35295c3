'use client';

import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { signUpSchema } from '@/lib/validations/auth';
import { signUpAction } from '../actions';
import { safeRedirect } from './safe-redirect';

export function SignUpForm({ callbackUrl, lockedEmail, inviteToken }: { callbackUrl: string; lockedEmail?: string; inviteToken?: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: signUpSchema,
    defaultValues: { name: '', email: lockedEmail ?? '', password: '', ...(inviteToken ? { inviteToken } : {}) },
    action: signUpAction,
    onSuccess: (data) => {
      // Checked again where it is used, whoever rendered the form.
      router.replace(safeRedirect(data.joinedOrgId ? `/orgs/${encodeURIComponent(data.joinedOrgId)}` : callbackUrl));
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="Name" autoComplete="name" {...form.register('name')} error={errorOf('name')} />
      <Field
        label="Email"
        type="email"
        autoComplete="email"
        readOnly={Boolean(lockedEmail)}
        hint={lockedEmail ? 'The invitation was sent to this address.' : undefined}
        {...form.register('email')}
        error={errorOf('email')}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        {...form.register('password')}
        error={errorOf('password')}
      />
      <FormError message={formError} />
      <Button type="submit" className="w-full" disabled={submitting}>
        Create account
      </Button>
    </form>
  );
}
