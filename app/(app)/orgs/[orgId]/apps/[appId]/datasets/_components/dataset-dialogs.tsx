'use client';

import { Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError, TextAreaField } from '@/components/ui/field';
import { FormActions } from '@/components/ui/form-actions';
import { DeleteButton } from '@/components/forms/delete-button';
import { useDialogForm } from '@/components/forms/use-dialog-form';
import { addInputsSchema, createDatasetSchema, MAX_INPUTS_PER_ADD } from '@/lib/validations/workspace';
import { addInputsAction, createDatasetAction, deleteDatasetAction, deleteInputAction } from '../actions';

type AppRef = { orgId: string; appId: string };

export function CreateDatasetDialog(ref: AppRef) {
  const { form, onSubmit, formError, errorOf, submitting, open, setOpen } = useDialogForm({
    schema: createDatasetSchema,
    defaultValues: { ...ref, name: '', description: '' },
    action: createDatasetAction,
    success: (data) => `Dataset ${data.name} created.`,
  });
  return (
    <Dialog open={open} onOpenChange={setOpen} title="Create dataset" trigger={<Button><Plus size={16} aria-hidden /> Create dataset</Button>}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Dataset name" {...form.register('name')} error={errorOf('name')} />
        <TextAreaField label="Description" {...form.register('description')} error={errorOf('description')} />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}

export function AddInputsDialog({ datasetId, ...ref }: AppRef & { datasetId: string }) {
  const { form, onSubmit, formError, errorOf, submitting, open, setOpen } = useDialogForm({
    schema: addInputsSchema,
    defaultValues: { ...ref, datasetId, inputs: '' },
    action: addInputsAction,
    success: (data) => `${data.added} input${data.added === 1 ? '' : 's'} added.`,
  });
  return (
    <Dialog open={open} onOpenChange={setOpen} title="Add inputs" trigger={<Button><Plus size={16} aria-hidden /> Add inputs</Button>}>
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextAreaField
          label="Inputs"
          rows={8}
          hint={`One a line: an image URL (https://…) or a piece of text. Up to ${MAX_INPUTS_PER_ADD} at a time.`}
          {...form.register('inputs')}
          error={errorOf('inputs')}
        />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}

export function DeleteDatasetButton({ dataset, ...ref }: AppRef & { dataset: { id: string; name: string; inputCount: number } }) {
  return (
    <DeleteButton
      label={`Delete ${dataset.name}`}
      title={`Delete dataset ${dataset.name}?`}
      description={`Its ${dataset.inputCount} input${dataset.inputCount === 1 ? '' : 's'} are deleted, with the labeling tasks over it and their annotations.`}
      action={() => deleteDatasetAction({ ...ref, datasetId: dataset.id })}
      success={`Dataset ${dataset.name} was deleted.`}
    />
  );
}

export function DeleteInputButton({ datasetId, input, ...ref }: AppRef & { datasetId: string; input: { id: string; label: string } }) {
  return (
    <DeleteButton
      label={`Delete input ${input.label}`}
      title="Delete this input?"
      description={`“${input.label}” and its annotations are deleted.`}
      action={() => deleteInputAction({ ...ref, datasetId, inputId: input.id })}
      success="Input deleted."
    />
  );
}
