'use client';

import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { DeleteButton } from '@/components/forms/delete-button';
import { FormDialog } from '@/components/forms/form-dialog';
import { createConceptSchema, renameConceptSchema } from '@/lib/validations/workspace';
import { createConceptAction, deleteConceptAction, renameConceptAction } from '../actions';

type AppRef = { orgId: string; appId: string };

export function CreateConceptDialog(ref: AppRef) {
  return (
    <FormDialog
      title="Create concept"
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create concept
        </Button>
      }
      schema={createConceptSchema}
      defaultValues={{ ...ref, name: '' }}
      action={createConceptAction}
      success={(data) => `Concept ${data.name} created.`}
    >
      {({ field }) => <Field label="Concept name" autoCapitalize="none" {...field('name')} />}
    </FormDialog>
  );
}

export function RenameConceptDialog({ concept, ...ref }: AppRef & { concept: { id: string; name: string } }) {
  return (
    <FormDialog
      title={`Rename ${concept.name}`}
      trigger={
        <Button variant="secondary" aria-label={`Rename ${concept.name}`}>
          Rename
        </Button>
      }
      schema={renameConceptSchema}
      defaultValues={{ ...ref, conceptId: concept.id, name: concept.name }}
      action={renameConceptAction}
      success={(data) => `Concept renamed to ${data.name}.`}
    >
      {({ field }) => <Field label="Concept name" autoCapitalize="none" {...field('name')} />}
    </FormDialog>
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
