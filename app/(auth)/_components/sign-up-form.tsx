'use client';

import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { signUpSchema } from '@/lib/validations/auth';
import { signUpAction, signUpFormAction } from '../actions';
import { safeRedirect } from './safe-redirect';
import { useProgressiveForm } from './use-progressive-form';

export function SignUpForm({ callbackUrl, lockedEmail, inviteToken }: { callbackUrl: string; lockedEmail?: string; inviteToken?: string }) {
  const router = useRouter();
  // Works before hydration and without JavaScript: the browser posts it to signUpFormAction.
  const { formProps, register, errorOf, valueOf, formError, submitting } = useProgressiveForm({
    schema: signUpSchema,
    fields: ['name', 'email', 'password'],
    action: signUpAction,
    hidden: inviteToken ? { inviteToken } : {},
    formAction: signUpFormAction,
    onSuccess: (data) => {
      // Checked again where it is used, whoever rendered the form.
      router.replace(safeRedirect(data.joinedOrgId ? `/orgs/${encodeURIComponent(data.joinedOrgId)}` : callbackUrl));
      router.refresh();
    },
  });
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {inviteToken ? <input type="hidden" name="inviteToken" value={inviteToken} /> : null}
      <Field label="Name" autoComplete="name" defaultValue={valueOf('name')} {...register('name')} error={errorOf('name')} />
      <Field
        label="Email"
        type="email"
        autoComplete="email"
        readOnly={Boolean(lockedEmail)}
        hint={lockedEmail ? 'The invitation was sent to this address.' : undefined}
        defaultValue={lockedEmail ?? valueOf('email')}
        {...register('email')}
        error={errorOf('email')}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        {...register('password')}
        error={errorOf('password')}
      />
      <FormError message={formError} />
      <Button type="submit" className="w-full" disabled={submitting} postsWithoutScript>
        Create account
      </Button>
    </form>
  );
}
