'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TypeToConfirmDialog } from '@/components/ui/type-to-confirm-dialog';
import { Field, FormError, inputClass } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { TEAM_LEVEL_LABELS, TEAM_LEVELS, type TeamLevel } from '@/lib/permissions';
import { updateAppDetailsSchema } from '@/lib/validations/apps';
import { deleteAppAction, removeAppTeamAccessAction, setAppTeamAccessAction, updateAppDetailsAction } from '../../../actions';

export function AppDetailsForm({
  orgId,
  app,
  editable,
}: {
  orgId: string;
  app: { id: string; name: string; description: string; notes: string };
  editable: boolean;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: updateAppDetailsSchema,
    defaultValues: { orgId, appId: app.id, name: app.name, description: app.description, notes: app.notes },
    action: updateAppDetailsAction,
    onSuccess: () => {
      toast.success('App details saved.');
      router.refresh();
    },
  });
  if (!editable) {
    return (
      <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-fg-muted">App name</dt>
        <dd>{app.name}</dd>
        <dt className="text-fg-muted">Description</dt>
        <dd className="whitespace-pre-wrap">{app.description || '—'}</dd>
        <dt className="text-fg-muted">Notes</dt>
        <dd className="whitespace-pre-wrap">{app.notes || '—'}</dd>
      </dl>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="App name" {...form.register('name')} error={errorOf('name')} />
      <div className="flex flex-col gap-1">
        <label htmlFor="app-description" className="text-sm font-medium">
          Description
        </label>
        <textarea id="app-description" rows={3} className={`${inputClass} h-auto py-2`} {...form.register('description')} />
        {errorOf('description') ? (
          <p role="alert" className="text-xs text-danger">
            {errorOf('description')}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="app-notes" className="text-sm font-medium">
          Notes
        </label>
        <textarea id="app-notes" rows={4} className={`${inputClass} h-auto py-2`} {...form.register('notes')} />
        {errorOf('notes') ? (
          <p role="alert" className="text-xs text-danger">
            {errorOf('notes')}
          </p>
        ) : null}
      </div>
      <FormError message={formError} />
      <Button type="submit" disabled={submitting}>
        Save details
      </Button>
    </form>
  );
}

export function TeamPermissionSelect({
  orgId,
  appId,
  teamId,
  permission,
}: {
  orgId: string;
  appId: string;
  teamId: string;
  permission: TeamLevel;
}) {
  const router = useRouter();
  const [value, setValue] = useState(permission);
  return (
    <select
      aria-label={`Permission for team ${teamId}`}
      className={`${inputClass} w-40`}
      value={value}
      onChange={async (event) => {
        const next = event.target.value as TeamLevel;
        setValue(next);
        const result = await setAppTeamAccessAction({ orgId, appId, teamId, permission: next });
        if (!result.ok) {
          setValue(permission);
          toast.error(result.message);
          return;
        }
        toast.success(`Team ${teamId} now has ${TEAM_LEVEL_LABELS[next]}.`);
        router.refresh();
      }}
    >
      {TEAM_LEVELS.map((level) => (
        <option key={level} value={level}>
          {TEAM_LEVEL_LABELS[level]}
        </option>
      ))}
    </select>
  );
}

export function RemoveTeamAccessButton({ orgId, appId, teamId }: { orgId: string; appId: string; teamId: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" aria-label={`Remove team ${teamId}`}>
          Remove
        </Button>
      }
      title={`Remove team ${teamId}'s access?`}
      description="Its members lose what this team granted them on this app. The team itself remains."
      action={() => removeAppTeamAccessAction({ orgId, appId, teamId })}
      onDone={() => {
        toast.success(`Team ${teamId} no longer has access.`);
        router.refresh();
      }}
    />
  );
}

/** `Delete app`, confirmed by typing the App ID; then back to the organization's apps. */
export function DeleteAppButton({ orgId, appId, slug }: { orgId: string; appId: string; slug: string }) {
  const router = useRouter();
  return (
    <TypeToConfirmDialog
      trigger={<Button variant="danger">Delete app</Button>}
      title={`Delete ${slug}?`}
      description="The app and every team's access to it are deleted. This cannot be undone."
      expected={slug}
      action={(confirmation) => deleteAppAction({ orgId, appId, confirmation })}
      onDone={() => {
        toast.success(`${slug} was deleted.`);
        router.replace(`/orgs/${orgId}`);
        router.refresh();
      }}
    />
  );
}
