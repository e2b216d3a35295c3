'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { FormActions } from '@/components/ui/form-actions';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { createTeamSchema } from '@/lib/validations/teams';
import { TEAM_LEVEL_DESCRIPTIONS, TEAM_LEVEL_LABELS, TEAM_LEVELS, type TeamLevel } from '@/lib/permissions';
import { createTeamAction } from '../actions';

export function CreateTeamDialog({ orgId }: { orgId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: createTeamSchema,
    defaultValues: { orgId, id: '', name: '', defaultPermission: 'model_trainer' },
    action: createTeamAction,
    onSuccess: (data) => {
      toast.success(`Team ${data.id} created.`);
      setOpen(false);
      form.reset();
      router.push(`/orgs/${orgId}/teams/${data.id}`);
      router.refresh();
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Create Team"
      description="Teams group members; apps added to the team start at its default permission."
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create Team
        </Button>
      }
    >
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field
          label="Team ID"
          hint="2–48 characters: lowercase letters, digits, - and _."
          autoCapitalize="none"
          spellCheck={false}
          {...form.register('id')}
          error={errorOf('id')}
        />
        <Field label="Team name" {...form.register('name')} error={errorOf('name')} />
        <SelectField
          label="Permissions"
          options={TEAM_LEVELS.map((level) => ({ value: level, label: TEAM_LEVEL_LABELS[level] }))}
          hint={TEAM_LEVEL_DESCRIPTIONS[form.watch('defaultPermission') as TeamLevel]}
          {...form.register('defaultPermission')}
        />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}
