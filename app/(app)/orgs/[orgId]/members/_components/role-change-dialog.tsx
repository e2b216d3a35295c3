'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';
import { ORG_ROLE_LABELS, type AppAccessChange, type OrgRole } from '@/lib/permissions';
import type { ActionResult } from '@/lib/actions/result';
import type { RoleChangePreview } from '@/domain/members/preview-role-change';
import { changeMemberRoleAction, previewRoleChangeAction } from '../actions';

export type RoleChange = { userId: string; email: string; from: OrgRole; to: OrgRole };

const unreachable = { ok: false as const, code: 'INTERNAL' as const, message: 'Could not reach the server. Try again.' };

function Changes({ title, items, tone }: { title: string; items: string[]; tone: 'gain' | 'loss' }) {
  if (items.length === 0) return null;
  return (
    <div>
      <p className={tone === 'gain' ? 'font-medium text-success' : 'font-medium text-danger'}>{title}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function appsOf(change: AppAccessChange): string {
  if (change.everyApp) return change.count === 1 ? 'On the one app' : `On every app (${change.count})`;
  const more = change.count - change.names.length;
  return `On ${change.names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

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
  const [preview, setPreview] = useState<ActionResult<RoleChangePreview> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let current = true;
    previewRoleChangeAction({ orgId, userId: change.userId, role: change.to })
      .catch(() => unreachable)
      .then((result) => current && setPreview(result));
    return () => {
      current = false;
    };
  }, [orgId, change.userId, change.to]);

  async function confirm() {
    setBusy(true);
    const result = await changeMemberRoleAction({ orgId, userId: change.userId, role: change.to }).catch(() => unreachable);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    onChanged(change);
  }

  const effect = preview?.ok ? preview.data : null;
  const nothing = effect && effect.org.gained.length + effect.org.lost.length + effect.apps.length === 0;
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
        {effect && (effect.org.gained.length > 0 || effect.org.lost.length > 0) ? (
          <section aria-label="In the organization" className="space-y-2">
            <h3 className="font-semibold">In the organization</h3>
            <Changes title="Gains" items={effect.org.gained} tone="gain" />
            <Changes title="Loses" items={effect.org.lost} tone="loss" />
          </section>
        ) : null}
        {effect?.apps.map((apps) => (
          <section key={`${apps.gained.join()}|${apps.lost.join()}`} aria-label={appsOf(apps)} className="space-y-2">
            <h3 className="font-semibold">{appsOf(apps)}</h3>
            <Changes title="Gains" items={apps.gained} tone="gain" />
            <Changes title="Loses" items={apps.lost} tone="loss" />
          </section>
        ))}
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
