'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { signInLinkSchema, signInSchema } from '@/lib/validations/auth';
import { requestSignInLinkAction, signInAction, signInFormAction } from '../actions';
import { safeRedirect } from './safe-redirect';
import { useProgressiveForm } from './use-progressive-form';

export function SignInForm({ callbackUrl, defaultEmail }: { callbackUrl: string; defaultEmail: string }) {
  const router = useRouter();
  const [mode, setMode] = useState<'password' | 'link'>('password');
  const [linkSent, setLinkSent] = useState(false);

  // Works before hydration and without JavaScript: the browser posts it to signInFormAction.
  const password = useProgressiveForm({
    schema: signInSchema,
    fields: ['email', 'password'],
    action: signInAction,
    hidden: { callbackUrl },
    formAction: signInFormAction,
    onSuccess: () => {
      // Checked again where it is used, whoever rendered the form.
      router.replace(safeRedirect(callbackUrl));
      router.refresh();
    },
  });
  const link = useActionForm({
    schema: signInLinkSchema,
    defaultValues: { email: defaultEmail },
    action: requestSignInLinkAction,
    onSuccess: () => setLinkSent(true),
  });

  if (mode === 'link') {
    return linkSent ? (
      <div className="space-y-3 text-sm">
        <p role="status">
          If an account exists for {link.form.getValues('email')}, a sign-in link is on its way. It works once and expires in 15 minutes.
        </p>
        <Button variant="secondary" onClick={() => setMode('password')}>
          Back to password sign-in
        </Button>
      </div>
    ) : (
      <form method="post" onSubmit={link.onSubmit} className="space-y-4" noValidate>
        <Field label="Email" type="email" autoComplete="email" {...link.form.register('email')} error={link.errorOf('email')} />
        <FormError message={link.formError} />
        <Button type="submit" className="w-full" disabled={link.submitting}>
          Email me a sign-in link
        </Button>
        <Button variant="ghost" className="w-full" onClick={() => setMode('password')}>
          Use a password instead
        </Button>
      </form>
    );
  }

  return (
    <form {...password.formProps} className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={password.valueOf('email', defaultEmail)}
        {...password.register('email')}
        error={password.errorOf('email')}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="current-password"
        {...password.register('password')}
        error={password.errorOf('password')}
      />
      <FormError message={password.formError} />
      <Button type="submit" className="w-full" disabled={password.submitting} postsWithoutScript>
        Sign in
      </Button>
      <Button variant="ghost" className="w-full" onClick={() => setMode('link')}>
        Email me a sign-in link instead
      </Button>
    </form>
  );
}
