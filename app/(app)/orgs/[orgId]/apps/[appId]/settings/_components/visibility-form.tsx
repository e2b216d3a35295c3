'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SelectField } from '@/components/ui/select-field';
import {
  APP_PERMISSION_DEFS,
  APP_VISIBILITIES,
  APP_VISIBILITY_DESCRIPTIONS,
  APP_VISIBILITY_LABELS,
  orgVisibilityPermissions,
  type AppVisibility,
} from '@/lib/permissions';
import { changeAppVisibilityAction } from '../../../actions';

/** How many people a change lets in or shuts out; absent when the viewer may not count who has access. */
export type VisibilityCounts = { members: number; byRoleOrTeam: number };

const people = (n: number) => (n === 1 ? '1 person' : `${n.toLocaleString('en-US')} people`);

/** What 'org' grants every member, from lib/permissions (the Organization User role's view-only set). */
function OrgVisibilityGrants() {
  const granted = orgVisibilityPermissions();
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer text-fg-muted">What Organization visibility grants ({granted.length})</summary>
      <ul className="mt-1 list-disc pl-4 text-fg-muted">
        {granted.map((p) => (
          <li key={p}>{APP_PERMISSION_DEFS[p].label}</li>
        ))}
      </ul>
    </details>
  );
}

/** The sentence the confirmation shows: what this change does to who can open the app. */
function changeDescription(next: AppVisibility, counts: VisibilityCounts | null): string {
  const outsiders = counts ? counts.members - counts.byRoleOrTeam : null;
  if (next === 'org') {
    const who = outsiders === null ? 'Every member of the organization' : `${people(outsiders)} with no role or team access`;
    return `${who} will be able to open this app view-only: its models, workflows, concepts, datasets, inputs, labeling tasks and teams with access. They cannot change anything. Roles and teams keep what they grant.`;
  }
  const who =
    outsiders === null
      ? 'Members who reach this app only through its visibility'
      : `${people(outsiders)} who reach it only through its visibility`;
  return `${who} will no longer be able to open it. Roles and teams keep what they grant.`;
}

/**
 * The app's visibility: a select and Save for those with 'app.visibility' (the change is confirmed with
 * what it changes, since it widens or narrows who can open the app); read-only text for everyone else.
 */
export function VisibilityForm({
  orgId,
  app,
  editable,
  counts,
}: {
  orgId: string;
  app: { id: string; slug: string; visibility: AppVisibility };
  editable: boolean;
  counts: VisibilityCounts | null;
}) {
  const router = useRouter();
  const [value, setValue] = useState<AppVisibility>(app.visibility);
  const [confirming, setConfirming] = useState(false);
  if (!editable) {
    return (
      <div className="text-sm">
        <p>
          <span className="font-medium">{APP_VISIBILITY_LABELS[app.visibility]}</span>
          <span className="text-fg-muted"> — {APP_VISIBILITY_DESCRIPTIONS[app.visibility]}</span>
        </p>
        {app.visibility === 'org' ? <OrgVisibilityGrants /> : null}
      </div>
    );
  }
  return (
    <form
      method="post"
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (value !== app.visibility) setConfirming(true);
      }}
    >
      <div className="max-w-sm">
        <SelectField
          label="Visibility"
          name="visibility"
          value={value}
          onChange={(event) => setValue(event.target.value as AppVisibility)}
          options={APP_VISIBILITIES.map((v) => ({ value: v, label: APP_VISIBILITY_LABELS[v] }))}
          hint={APP_VISIBILITY_DESCRIPTIONS[value]}
        />
      </div>
      <OrgVisibilityGrants />
      <Button type="submit" disabled={value === app.visibility}>
        Save
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={value === 'org' ? `Open ${app.slug} to the whole organization?` : `Make ${app.slug} private?`}
        description={changeDescription(value, counts)}
        confirmLabel="Confirm"
        action={() => changeAppVisibilityAction({ orgId, appId: app.id, visibility: value })}
        onDone={() => {
          toast.success(`${app.slug} is now ${value === 'org' ? 'visible to the organization' : 'private'}.`);
          router.refresh();
        }}
      />
    </form>
  );
}
