'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { profileSchema } from '@/lib/validations/account';
import { updateProfileAction } from '../actions';

export function ProfileForm({ name, email, verified }: { name: string; email: string; verified: boolean }) {
  const router = useRouter();
  const profile = useActionForm({
    schema: profileSchema,
    defaultValues: { name },
    action: updateProfileAction,
    onSuccess: () => {
      toast.success('Profile saved.');
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={profile.onSubmit} className="space-y-4" noValidate>
      <Field label="Name" autoComplete="name" {...profile.form.register('name')} error={profile.errorOf('name')} />
      <Field
        label="Email"
        type="email"
        value={email}
        readOnly
        hint={verified ? 'Verified. Organizations invite you at this address.' : 'Not verified yet: open the link we emailed you.'}
      />
      <FormError message={profile.formError} />
      <div className="flex justify-end">
        <Button type="submit" disabled={profile.submitting}>
          Save
        </Button>
      </div>
    </form>
  );
}
