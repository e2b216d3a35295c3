'use client';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { changeMemberRoleAction, previewRoleChangeAction } from '../actions';
import { AccessChanges, changesNothing } from './access-changes';
import { usePreviewedChange } from './use-previewed-change';

export type RoleChange = { userId: string; email: string; from: OrgRole; to: OrgRole };

/**
 * Every role change asks first and says what it does: the organization permissions and the app
 * permissions (per group of apps) the member gains and loses, read from the server before `Confirm`.
 * Nothing changes until then; Cancel leaves the role as it was.
 */
export function RoleChangeDialog({
  orgId,
  change,
  onClose,
  onChanged,
  returnFocusTo,
}: {
  orgId: string;
  change: RoleChange;
  onClose: () => void;
  onChanged: (change: RoleChange) => void;
  returnFocusTo: () => HTMLElement | null;
}) {
  const { preview, effect, error, busy, confirm } = usePreviewedChange(
    `${change.userId}:${change.to}`,
    () => previewRoleChangeAction({ orgId, userId: change.userId, role: change.to }),
    () => changeMemberRoleAction({ orgId, userId: change.userId, role: change.to }),
    () => onChanged(change),
  );
  const nothing = effect && changesNothing(effect);
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Change ${change.email} to ${ORG_ROLE_LABELS[change.to]}?`}
      description={`From ${ORG_ROLE_LABELS[change.from]}. Nothing changes until you confirm.`}
      returnFocusTo={returnFocusTo}
    >
      <div className="space-y-4 text-sm" aria-live="polite" aria-busy={preview === null}>
        {preview === null ? <p className="text-fg-muted">Working out what changes…</p> : null}
        {preview && !preview.ok ? <FormError message={preview.message} /> : null}
        {effect?.refusal ? <FormError message={effect.refusal} /> : null}
        {nothing ? <p>Their access stays the same: their teams already grant everything this role changes.</p> : null}
        {effect ? <AccessChanges effect={effect} /> : null}
      </div>
      <FormError message={error} />
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button disabled={busy || !effect || effect.refusal !== null} onClick={() => void confirm()}>
          Confirm
        </Button>
      </div>
    </Dialog>
  );
}
