'use client';

import { useRef, useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { removeMembersAction } from '../actions';
import { BulkRoleChangeDialog } from './bulk-role-change-dialog';

const people = (n: number) => (n === 1 ? '1 member' : `${n} members`);

/**
 * What an admin does to the members selected in the table: give them one role (previewed first) or
 * remove them, all or none. Shown above the table; says what selecting is for while nothing is selected.
 */
export function SelectionBar({
  orgId,
  orgName,
  roles,
  selected,
  onDone,
}: {
  orgId: string;
  orgName: string;
  roles: OrgRole[];
  /** The selected members' ids and addresses, in table order. */
  selected: Array<{ userId: string; email: string }>;
  onDone: () => void;
}) {
  const [role, setRole] = useState<OrgRole | null>(null);
  const [removing, setRemoving] = useState(false);
  const roleSelect = useRef<HTMLSelectElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const userIds = selected.map((m) => m.userId);
  const count = selected.length;
  return (
    <div className="mb-3 flex min-h-12 flex-wrap items-center gap-2 rounded-lg border border-border bg-bg-subtle px-3 py-2 text-sm">
      <p aria-live="polite" className="mr-auto">
        {count === 0 ? 'Select members to change their role or remove them together.' : `${people(count)} selected`}
      </p>
      {count > 0 ? (
        <>
          <label htmlFor="selected-role" className="sr-only">
            Change role of selected members
          </label>
          <select
            id="selected-role"
            ref={roleSelect}
            className="input w-auto"
            value=""
            onChange={(event) => setRole(event.target.value as OrgRole)}
          >
            <option value="" disabled>
              Change role…
            </option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ORG_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <Button ref={removeButton} variant="secondary" onClick={() => setRemoving(true)}>
            Remove selected
          </Button>
        </>
      ) : null}
      {role ? (
        <BulkRoleChangeDialog
          orgId={orgId}
          userIds={userIds}
          role={role}
          onClose={() => setRole(null)}
          returnFocusTo={() => roleSelect.current}
          onChanged={(changed) => {
            setRole(null);
            toast.success(changed === 0 ? 'Nothing to change.' : `${people(changed)} now ${ORG_ROLE_LABELS[role]}.`);
            onDone();
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setRemoving(false)}
          returnFocusTo={() => removeButton.current}
          title={`Remove ${people(count)}?`}
          description={`${selected
            .slice(0, 5)
            .map((m) => m.email)
            .join(', ')}${count > 5 ? ` and ${count - 5} more` : ''} lose access to ${orgName}, its apps and its teams at once.`}
          action={() => removeMembersAction({ orgId, userIds })}
          onDone={(result) => {
            setRemoving(false);
            toast.success(`${people(result.removed)} removed.`);
            onDone();
          }}
        />
      ) : null}
    </div>
  );
}
