'use client';

import { useController, type Control } from 'react-hook-form';
import type { z } from 'zod';
import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { Field, TextAreaField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';
import { createLabelingTaskSchema } from '@/lib/validations/labeling';
import { createLabelingTaskAction } from '../actions';

type Option = { id: string; name: string };

/** Create labeling task: name, a dataset and at least one concept of this app, instructions. */
export function CreateTaskDialog({
  orgId,
  appId,
  tasksHref,
  datasets,
  concepts,
}: {
  orgId: string;
  appId: string;
  tasksHref: string;
  datasets: Option[];
  concepts: Option[];
}) {
  const missing = datasets.length === 0 || concepts.length === 0;
  return (
    <FormDialog
      title="Create labeling task"
      description="Labelers assigned to the task label each input of the dataset with one of its concepts."
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create labeling task
        </Button>
      }
      schema={createLabelingTaskSchema}
      defaultValues={{ orgId, appId, name: '', datasetId: '', conceptIds: [], instructions: '' }}
      action={createLabelingTaskAction}
      success={() => 'Labeling task created.'}
      redirectTo={(data) => `${tasksHref}/${data.id}`}
    >
      {({ form, errorOf, field }) => (
        <>
          {missing ? (
            <p className="rounded-md border border-border bg-bg-subtle px-3 py-2 text-sm">
              {datasets.length === 0 ? 'This app has no datasets yet. ' : ''}
              {concepts.length === 0 ? 'This app has no concepts yet. ' : ''}A task needs a dataset and at least one concept.
            </p>
          ) : null}
          <Field label="Task name" {...field('name')} />
          <SelectField
            label="Dataset"
            options={[{ value: '', label: 'Choose a dataset' }, ...datasets.map((d) => ({ value: d.id, label: d.name }))]}
            {...field('datasetId')}
          />
          <ConceptChoices control={form.control} concepts={concepts} error={errorOf('conceptIds')} />
          <TextAreaField
            label="Instructions"
            rows={4}
            hint="What labelers should look for; shown on the task."
            {...field('instructions')}
          />
        </>
      )}
    </FormDialog>
  );
}

/** The task's concepts: one checkbox each, the chosen ones kept in the order the app lists them. */
function ConceptChoices({
  control,
  concepts,
  error,
}: {
  control: Control<z.input<typeof createLabelingTaskSchema>>;
  concepts: Option[];
  error?: string;
}) {
  const { field } = useController({ control, name: 'conceptIds' });
  const chosen = new Set(field.value ?? []);
  return (
    <fieldset aria-describedby={error ? 'task-concepts-error' : undefined}>
      <legend className="text-sm font-medium">Concepts</legend>
      {concepts.length === 0 ? <p className="text-xs text-fg-muted">No concepts to choose from.</p> : null}
      <ul className="mt-1 grid max-h-40 grid-cols-1 gap-1 overflow-y-auto sm:grid-cols-2">
        {concepts.map((concept) => (
          <li key={concept.id}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="h-4 w-4 accent-accent"
                checked={chosen.has(concept.id)}
                onBlur={field.onBlur}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(concept.id);
                  else next.delete(concept.id);
                  field.onChange(concepts.filter((c) => next.has(c.id)).map((c) => c.id));
                }}
              />
              {concept.name}
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id="task-concepts-error" role="alert" className="mt-1 text-xs text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
