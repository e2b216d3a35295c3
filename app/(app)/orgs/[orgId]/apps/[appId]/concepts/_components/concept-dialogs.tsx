'use client';

import { Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { FormActions } from '@/components/ui/form-actions';
import { DeleteButton } from '@/components/forms/delete-button';
import { useDialogForm } from '@/components/forms/use-dialog-form';
import { createConceptSchema, renameConceptSchema } from '@/lib/validations/workspace';
import { createConceptAction, deleteConceptAction, renameConceptAction } from '../actions';

type AppRef = { orgId: string; appId: string };

export function CreateConceptDialog(ref: AppRef) {
  const { form, onSubmit, formError, errorOf, submitting, open, setOpen } = useDialogForm({
    schema: createConceptSchema,
    defaultValues: { ...ref, name: '' },
    action: createConceptAction,
    success: (data) => `Concept ${data.name} created.`,
  });
  return (
    <Dialog open={open} onOpenChange={setOpen} title="Create concept" trigger={<Button><Plus size={16} aria-hidden /> Create concept</Button>}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Concept name" autoCapitalize="none" {...form.register('name')} error={errorOf('name')} />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}

export function RenameConceptDialog({ concept, ...ref }: AppRef & { concept: { id: string; name: string } }) {
  const { form, onSubmit, formError, errorOf, submitting, open, setOpen } = useDialogForm({
    schema: renameConceptSchema,
    defaultValues: { ...ref, conceptId: concept.id, name: concept.name },
    action: renameConceptAction,
    success: (data) => `Concept renamed to ${data.name}.`,
  });
  return (
    <Dialog open={open} onOpenChange={setOpen} title={`Rename ${concept.name}`} trigger={<Button variant="secondary" aria-label={`Rename ${concept.name}`}>Rename</Button>}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Concept name" autoCapitalize="none" {...form.register('name')} error={errorOf('name')} />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}

export function DeleteConceptButton({ concept, ...ref }: AppRef & { concept: { id: string; name: string } }) {
  return (
    <DeleteButton
      label={`Delete ${concept.name}`}
      title={`Delete concept ${concept.name}?`}
      description="It is removed from every labeling task, and every annotation that used it is deleted."
      action={() => deleteConceptAction({ ...ref, conceptId: concept.id })}
      success={`Concept ${concept.name} was deleted.`}
    />
  );
}
