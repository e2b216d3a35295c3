'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { updateOrganizationSchema } from '@/lib/validations/organization';
import { updateOrganizationAction } from '@/app/(app)/organizations/actions';

/** `Organization name` and `Billing email`, saved together; errors beside the fields, a toast on success. */
export function OrganizationSettingsForm({ org }: { org: { id: string; name: string; billingEmail: string } }) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: updateOrganizationSchema,
    defaultValues: { orgId: org.id, name: org.name, billingEmail: org.billingEmail },
    action: updateOrganizationAction,
    onSuccess: (saved) => {
      // The saved (trimmed, lowercased) values become the form's own: a second Save starts from them.
      form.reset({ orgId: org.id, name: saved.name, billingEmail: saved.billingEmail });
      toast.success('Organization settings saved.');
      // The name also shows in the sidebar and the workspace switcher: read them again.
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} className="max-w-md space-y-4" noValidate>
      <Field label="Organization name" autoComplete="organization" {...form.register('name')} error={errorOf('name')} />
      <Field
        label="Billing email"
        type="email"
        autoComplete="email"
        hint="Invoices and billing notices go to this address."
        {...form.register('billingEmail')}
        error={errorOf('billingEmail')}
      />
      <FormError message={formError} />
      <Button type="submit" disabled={submitting}>
        Save
      </Button>
    </form>
  );
}
