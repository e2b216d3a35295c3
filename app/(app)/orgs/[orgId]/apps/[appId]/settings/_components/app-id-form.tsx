'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { changeAppIdSchema } from '@/lib/validations/apps';
import { changeAppIdAction } from '../../../actions';

/**
 * The App ID (‡): editable by Admins and Organization Contributors, read-only text for everyone else.
 * The settings URL holds the App ID, so a rename moves the browser to the new one (the old answers 404).
 */
export function AppIdForm({ orgId, app, editable }: { orgId: string; app: { id: string; slug: string }; editable: boolean }) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: changeAppIdSchema,
    defaultValues: { orgId, appId: app.id, slug: app.slug },
    action: changeAppIdAction,
    onSuccess: ({ slug }) => {
      if (slug === app.slug) {
        toast.success(`The App ID is already ${slug}.`);
        return;
      }
      toast.success(`The App ID is now ${slug}.`);
      router.replace(`/orgs/${orgId}/apps/${slug}/settings`);
    },
  });
  if (!editable) {
    return (
      <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-fg-muted">App ID</dt>
        <dd className="font-mono break-all">{app.slug}</dd>
      </dl>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
      <Field
        label="App ID"
        className="sm:flex-1"
        autoCapitalize="none"
        spellCheck={false}
        hint="Lowercase letters, digits, - and _. Links with the old App ID stop working."
        {...form.register('slug')}
        error={errorOf('slug')}
      />
      <Button type="submit" className="sm:mt-6" disabled={submitting}>
        Save App ID
      </Button>
      <FormError message={formError} />
    </form>
  );
}
