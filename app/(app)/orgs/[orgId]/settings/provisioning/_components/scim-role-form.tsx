'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { ORG_ROLE_DESCRIPTIONS, ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { scimDefaultRoleSchema } from '@/lib/validations/scim';
import { setScimRoleAction } from '../actions';

/**
 * `Role for provisioned members` and `Save`: the role the identity provider's new members get from now on
 * (those already added keep theirs). The page passes the roles this Admin may give; the command checks again.
 */
export function ScimRoleForm({ orgId, role, roles }: { orgId: string; role: OrgRole; roles: OrgRole[] }) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: scimDefaultRoleSchema,
    defaultValues: { orgId, role },
    action: setScimRoleAction,
    onSuccess: (saved) => {
      form.reset({ orgId, role: saved.role });
      toast.success(`New members from the identity provider get the ${ORG_ROLE_LABELS[saved.role]} role.`);
      router.refresh();
    },
  });
  // The saved role stays listed even if this Admin could not give it, so the select never shows another.
  const options = (roles.includes(role) ? roles : [role, ...roles]).map((r) => ({
    value: r,
    label: ORG_ROLE_LABELS[r],
    title: ORG_ROLE_DESCRIPTIONS[r],
  }));
  const chosen = (form.watch('role') as OrgRole | undefined) ?? role;
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-3" noValidate>
      <SelectField
        label="Role for provisioned members"
        options={options}
        hint={`${ORG_ROLE_DESCRIPTIONS[chosen]} Members already added keep their role.`}
        {...form.register('role')}
        error={errorOf('role')}
      />
      <FormError message={formError} />
      <Button type="submit" disabled={submitting}>
        Save
      </Button>
    </form>
  );
}
