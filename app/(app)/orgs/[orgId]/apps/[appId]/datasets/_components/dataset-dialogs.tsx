'use client';

import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { Field, TextAreaField } from '@/components/ui/field';
import { DeleteButton } from '@/components/forms/delete-button';
import { FormDialog } from '@/components/forms/form-dialog';
import { addInputsSchema, createDatasetSchema, MAX_INPUTS_PER_ADD } from '@/lib/validations/workspace';
import { IMAGE_TYPES_TEXT, MAX_IMAGE_BYTES, MAX_IMAGE_BYTES_PER_ADD, MAX_IMAGES_PER_ADD } from '@/lib/validations/input-files';
import { ImageFilesField } from './image-files-field';
import { addInputsAction, createDatasetAction, deleteDatasetAction, deleteInputAction } from '../actions';

type AppRef = { orgId: string; appId: string };

const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;

export function CreateDatasetDialog(ref: AppRef) {
  return (
    <FormDialog
      title="Create dataset"
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create dataset
        </Button>
      }
      schema={createDatasetSchema}
      defaultValues={{ ...ref, name: '', description: '' }}
      action={createDatasetAction}
      success={(data) => `Dataset ${data.name} created.`}
    >
      {({ field }) => (
        <>
          <Field label="Dataset name" {...field('name')} />
          <TextAreaField label="Description" {...field('description')} />
        </>
      )}
    </FormDialog>
  );
}

export function AddInputsDialog({ datasetId, ...ref }: AppRef & { datasetId: string }) {
  return (
    <FormDialog
      title="Add inputs"
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Add inputs
        </Button>
      }
      schema={addInputsSchema}
      defaultValues={{ ...ref, datasetId, inputs: '' }}
      action={addInputsAction}
      success={(data) => `${data.added} input${data.added === 1 ? '' : 's'} added.`}
    >
      {({ field }) => (
        <>
          <TextAreaField
            label="Inputs"
            rows={6}
            hint={`One a line: an image URL (https://…) or a piece of text. Up to ${MAX_INPUTS_PER_ADD} at a time.`}
            {...field('inputs')}
          />
          <ImageFilesField
            label="Image files"
            hint={`${IMAGE_TYPES_TEXT}; up to ${MAX_IMAGES_PER_ADD} files, ${megabytes(MAX_IMAGE_BYTES)} each, ${megabytes(MAX_IMAGE_BYTES_PER_ADD)} in all. If any file is refused, nothing is added.`}
            {...field('files')}
          />
        </>
      )}
    </FormDialog>
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
