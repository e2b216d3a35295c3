'use client';

import { useId } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { ORG_ROLE_DESCRIPTIONS, ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { scimGroupRoleSchema } from '@/lib/validations/scim';
import { setScimGroupRoleAction } from '../actions';

type Mapped = OrgRole | 'none';

/**
 * `Role for <group>` and its Save, in a group's row: the role the group's members get from now on. Saved
 * with a button, not on change: one choice can change the role of everyone in the group (arrow keys on a
 * closed select would otherwise save each role they pass). The page passes the roles this Admin may give;
 * the command checks again.
 */
export function GroupRoleForm({
  orgId,
  groupId,
  groupName,
  role,
  roles,
}: {
  orgId: string;
  groupId: string;
  groupName: string;
  role: OrgRole | null;
  roles: OrgRole[];
}) {
  const router = useRouter();
  const errorId = useId();
  const saved: Mapped = role ?? 'none';
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: scimGroupRoleSchema,
    defaultValues: { orgId, groupId, role: saved },
    action: setScimGroupRoleAction,
    onSuccess: () => {
      const chosen = form.getValues('role') as Mapped;
      form.reset({ orgId, groupId, role: chosen });
      toast.success(
        chosen === 'none' ? `${groupName} no longer maps to a role.` : `Members of ${groupName} get the ${ORG_ROLE_LABELS[chosen]} role.`,
      );
      router.refresh();
    },
  });
  // The saved role stays listed even if this Admin could not give it, so the select never shows another.
  const options = role && !roles.includes(role) ? [role, ...roles] : roles;
  const error = errorOf('role') ?? formError;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <select
          aria-label={`Role for ${groupName}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={`${inputClass} w-auto min-w-52 flex-1 sm:flex-none`}
          {...form.register('role')}
        >
          <option value="none">No role mapping</option>
          {options.map((r) => (
            <option key={r} value={r} title={ORG_ROLE_DESCRIPTIONS[r]}>
              {ORG_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={submitting} aria-label={`Save role for ${groupName}`}>
          Save
        </Button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
