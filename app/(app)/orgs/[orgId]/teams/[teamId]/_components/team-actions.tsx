'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { DropdownMenu } from 'radix-ui';
import { MoreHorizontal } from '@/components/ui/icons';
import { toast } from 'sonner';
import { untilHydrated, useHydrated } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';
import { TEAM_LEVEL_DESCRIPTIONS, TEAM_LEVEL_LABELS, TEAM_LEVELS, type TeamLevel } from '@/lib/permissions';
import { changeTeamDefaultPermissionSchema, renameTeamSchema } from '@/lib/validations/teams';
import { changeTeamDefaultPermissionAction, deleteTeamAction, renameTeamAction } from '../../actions';

const menuItem = 'flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-bg-subtle';

/**
 * The three-dot `Team actions` menu: Edit Team Name, Edit Default Permission and Delete Team, each in its
 * own dialog. A `managed` team (a SCIM group's) keeps only Edit Default Permission: its name and its
 * existence are the identity provider's.
 */
export function TeamActions({
  orgId,
  teamId,
  teamName,
  defaultPermission,
  managed,
}: {
  orgId: string;
  teamId: string;
  teamName: string;
  defaultPermission: TeamLevel;
  managed: boolean;
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [dialog, setDialog] = useState<'rename' | 'default' | 'delete' | null>(null);
  const trigger = (
    <button type="button" aria-label="Team actions" className="rounded-md border border-border p-2 hover:bg-bg-subtle">
      <MoreHorizontal size={16} aria-hidden />
    </button>
  );
  return (
    <>
      {!hydrated ? (
        untilHydrated(trigger)
      ) : (
        <DropdownMenu.Root>
          <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-44 rounded-md border border-border bg-bg p-1 shadow-lg">
              {managed ? null : (
                <DropdownMenu.Item className={menuItem} onSelect={() => setDialog('rename')}>
                  Edit Team Name
                </DropdownMenu.Item>
              )}
              <DropdownMenu.Item className={menuItem} onSelect={() => setDialog('default')}>
                Edit Default Permission
              </DropdownMenu.Item>
              {managed ? null : (
                <DropdownMenu.Item className={`${menuItem} text-danger`} onSelect={() => setDialog('delete')}>
                  Delete Team
                </DropdownMenu.Item>
              )}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      )}
      <FormDialog
        open={dialog === 'rename'}
        onOpenChange={(open) => setDialog(open ? 'rename' : null)}
        title="Edit Team Name"
        description={`The Team ID ${teamId} stays the same.`}
        schema={renameTeamSchema}
        defaultValues={{ orgId, teamId, name: teamName }}
        action={renameTeamAction}
        success={(data) => `Team renamed to ${data.name}.`}
      >
        {({ field }) => <Field label="Team name" {...field('name')} />}
      </FormDialog>
      <FormDialog
        open={dialog === 'default'}
        onOpenChange={(open) => setDialog(open ? 'default' : null)}
        title="Edit Default Permission"
        description="Apps added to this team from now on start at its Default permission. The apps it already has keep the permission they have."
        schema={changeTeamDefaultPermissionSchema}
        defaultValues={{ orgId, teamId, defaultPermission }}
        action={changeTeamDefaultPermissionAction}
        success={(data) => `Default permission set to ${TEAM_LEVEL_LABELS[data.defaultPermission]}.`}
      >
        {({ form, field }) => (
          <SelectField
            label="Default permission"
            options={TEAM_LEVELS.map((level) => ({ value: level, label: TEAM_LEVEL_LABELS[level] }))}
            hint={TEAM_LEVEL_DESCRIPTIONS[form.watch('defaultPermission')]}
            {...field('defaultPermission')}
          />
        )}
      </FormDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        onOpenChange={(open) => setDialog(open ? 'delete' : null)}
        title={`Delete team ${teamName}?`}
        description="Its members lose what this team granted them on its apps. The members and the apps themselves remain."
        action={() => deleteTeamAction({ orgId, teamId })}
        onDone={() => {
          toast.success(`Team ${teamName} was deleted.`);
          router.replace(`/orgs/${orgId}/teams`);
          router.refresh();
        }}
      />
    </>
  );
}
