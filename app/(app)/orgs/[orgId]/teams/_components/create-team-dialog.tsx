'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError, inputClass } from '@/components/ui/field';
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
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Team ID" hint="2–48 characters: lowercase letters, digits, - and _." autoCapitalize="none" spellCheck={false} {...form.register('id')} error={errorOf('id')} />
        <Field label="Team name" {...form.register('name')} error={errorOf('name')} />
        <div className="flex flex-col gap-1">
          <label htmlFor="team-permission" className="text-sm font-medium">Permissions</label>
          <select id="team-permission" className={inputClass} {...form.register('defaultPermission')}>
            {TEAM_LEVELS.map((level) => (
              <option key={level} value={level}>{TEAM_LEVEL_LABELS[level]}</option>
            ))}
          </select>
          <p className="text-xs text-fg-muted">{TEAM_LEVEL_DESCRIPTIONS[form.watch('defaultPermission') as TeamLevel] ?? ''}</p>
        </div>
        <FormError message={formError} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
          <Button type="submit" disabled={submitting}>Confirm</Button>
        </div>
      </form>
    </Dialog>
  );
}
