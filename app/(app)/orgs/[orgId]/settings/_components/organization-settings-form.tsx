'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { updateOrganizationSchema } from '@/lib/validations/organization';
import { updateOrganizationAction } from '@/app/(app)/organizations/actions';

/**
 * `Organization name`, `Billing email` and `Allow tokens without an expiry date`, saved together; errors
 * beside the fields, a toast on success.
 */
export function OrganizationSettingsForm({
  org,
  allowTokensWithoutExpiry,
}: {
  org: { id: string; name: string; billingEmail: string };
  allowTokensWithoutExpiry: boolean;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: updateOrganizationSchema,
    defaultValues: { orgId: org.id, name: org.name, billingEmail: org.billingEmail, allowTokensWithoutExpiry },
    action: updateOrganizationAction,
    onSuccess: (saved) => {
      // The saved (trimmed, lowercased) values become the form's own: a second Save starts from them.
      form.reset({
        orgId: org.id,
        name: saved.name,
        billingEmail: saved.billingEmail,
        allowTokensWithoutExpiry: saved.allowTokensWithoutExpiry ?? allowTokensWithoutExpiry,
      });
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
      <div className="flex items-start gap-2">
        <input
          id="allow-tokens-without-expiry"
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-accent"
          aria-describedby="allow-tokens-without-expiry-hint"
          {...form.register('allowTokensWithoutExpiry')}
        />
        <div>
          <label htmlFor="allow-tokens-without-expiry" className="text-sm font-medium">
            Allow tokens without an expiry date
          </label>
          <p id="allow-tokens-without-expiry-hint" className="text-xs text-fg-muted">
            Members may then make personal access tokens that never expire. Otherwise every token expires within a year.
          </p>
        </div>
      </div>
      <FormError message={formError} />
      <Button type="submit" disabled={submitting}>
        Save
      </Button>
    </form>
  );
}
