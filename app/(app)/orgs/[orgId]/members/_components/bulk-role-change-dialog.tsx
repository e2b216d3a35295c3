'use client';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { changeMemberRolesAction, previewRoleChangesAction } from '../actions';
import { AccessChanges, changesNothing } from './access-changes';
import { usePreviewedChange } from './use-previewed-change';

const people = (n: number) => (n === 1 ? '1 member' : `${n} members`);

function Emails({ emails }: { emails: string[] }) {
  const shown = emails.slice(0, 3).join(', ');
  return (
    <>
      {shown}
      {emails.length > 3 ? ` and ${emails.length - 3} more` : ''}
    </>
  );
}

/**
 * Giving several members one role asks first, like a single change: what each of them gains and loses,
 * members whose access changes alike shown together, read from the server before `Confirm`.
 */
export function BulkRoleChangeDialog({
  orgId,
  userIds,
  role,
  onClose,
  onChanged,
  returnFocusTo,
}: {
  orgId: string;
  userIds: string[];
  role: OrgRole;
  onClose: () => void;
  onChanged: (changed: number) => void;
  returnFocusTo: () => HTMLElement | null;
}) {
  const { preview, effect, error, busy, confirm } = usePreviewedChange(
    `${userIds.join()}:${role}`,
    () => previewRoleChangesAction({ orgId, userIds, role }),
    () => changeMemberRolesAction({ orgId, userIds, role }),
    (result) => onChanged(result.changed),
  );
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Change ${people(userIds.length)} to ${ORG_ROLE_LABELS[role]}?`}
      description="Nothing changes until you confirm."
      returnFocusTo={returnFocusTo}
    >
      <div className="max-h-[60vh] space-y-4 overflow-y-auto text-sm" aria-live="polite" aria-busy={preview === null}>
        {preview === null ? <p className="text-fg-muted">Working out what changes…</p> : null}
        {preview && !preview.ok ? <FormError message={preview.message} /> : null}
        {effect?.refusal ? <FormError message={effect.refusal} /> : null}
        {effect && effect.unchanged.length > 0 ? (
          <p>
            Already {ORG_ROLE_LABELS[role]}: <Emails emails={effect.unchanged} />.
          </p>
        ) : null}
        {effect?.groups.map((group) => (
          <section key={group.emails.join()} aria-label={`Changes for ${people(group.emails.length)}`} className="space-y-3">
            <h3 className="font-semibold">
              {people(group.emails.length)}: <span className="font-normal break-all">{<Emails emails={group.emails} />}</span>
            </h3>
            {changesNothing(group) ? (
              <p>Their access stays the same: their teams already grant everything this role changes.</p>
            ) : (
              <div className="space-y-3 border-l-2 border-border pl-3">
                <AccessChanges effect={group} nested />
              </div>
            )}
          </section>
        ))}
      </div>
      <FormError message={error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button disabled={busy || !effect || effect.refusal !== null || effect.groups.length === 0} onClick={() => void confirm()}>
          Confirm
        </Button>
      </div>
    </Dialog>
  );
}
