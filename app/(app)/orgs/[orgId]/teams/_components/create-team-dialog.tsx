'use client';

import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';
import { IdField } from '@/components/forms/id-field';
import { createTeamSchema } from '@/lib/validations/teams';
import { DEFAULT_NEW_TEAM_LEVEL, TEAM_LEVEL_DESCRIPTIONS, TEAM_LEVEL_LABELS, TEAM_LEVELS } from '@/lib/permissions';
import { createTeamAction } from '../actions';

export function CreateTeamDialog({ orgId }: { orgId: string }) {
  return (
    <FormDialog
      title="Create Team"
      description="Teams group members; apps added to the team start at its Default permission."
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create Team
        </Button>
      }
      schema={createTeamSchema}
      defaultValues={{ orgId, id: '', name: '', defaultPermission: DEFAULT_NEW_TEAM_LEVEL }}
      action={createTeamAction}
      success={(data) => `Team ${data.id} created.`}
      redirectTo={(data) => `/orgs/${orgId}/teams/${data.id}`}
    >
      {({ form, field }) => (
        <>
          {/* The name first: the ID is suggested from it. */}
          <Field label="Team name" {...field('name')} />
          <IdField label="Team ID" form={form} from="name" {...field('id')} />
          <SelectField
            label="Default permission"
            options={TEAM_LEVELS.map((level) => ({ value: level, label: TEAM_LEVEL_LABELS[level] }))}
            hint={TEAM_LEVEL_DESCRIPTIONS[form.watch('defaultPermission')]}
            {...field('defaultPermission')}
          />
        </>
      )}
    </FormDialog>
  );
}
