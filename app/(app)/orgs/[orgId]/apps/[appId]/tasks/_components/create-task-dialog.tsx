'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useController } from 'react-hook-form';
import { toast } from 'sonner';
import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError, TextAreaField } from '@/components/ui/field';
import { FormActions } from '@/components/ui/form-actions';
import { SelectField } from '@/components/ui/select-field';
import { useActionForm } from '@/components/forms/use-action-form';
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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: createLabelingTaskSchema,
    defaultValues: { orgId, appId, name: '', datasetId: '', conceptIds: [], instructions: '' },
    action: createLabelingTaskAction,
    onSuccess: (data) => {
      toast.success('Labeling task created.');
      setOpen(false);
      form.reset();
      router.push(`${tasksHref}/${data.id}`);
    },
  });
  const { field: conceptField } = useController({ control: form.control, name: 'conceptIds' });
  const chosen = new Set(conceptField.value ?? []);
  const conceptsError = errorOf('conceptIds');
  const missing = datasets.length === 0 || concepts.length === 0;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) form.reset();
      }}
      title="Create labeling task"
      description="Labelers assigned to the task label each input of the dataset with one of its concepts."
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create labeling task
        </Button>
      }
    >
      <form method="post" onSubmit={onSubmit} className="max-h-[70vh] space-y-4 overflow-y-auto" noValidate>
        {missing ? (
          <p className="rounded-md border border-border bg-bg-subtle px-3 py-2 text-sm">
            {datasets.length === 0 ? 'This app has no datasets yet. ' : ''}
            {concepts.length === 0 ? 'This app has no concepts yet. ' : ''}A task needs a dataset and at least one concept.
          </p>
        ) : null}
        <Field label="Task name" {...form.register('name')} error={errorOf('name')} />
        <SelectField
          label="Dataset"
          options={[{ value: '', label: 'Choose a dataset' }, ...datasets.map((d) => ({ value: d.id, label: d.name }))]}
          error={errorOf('datasetId')}
          {...form.register('datasetId')}
        />
        <fieldset aria-describedby={conceptsError ? 'task-concepts-error' : undefined}>
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
                    onBlur={conceptField.onBlur}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(concept.id);
                      else next.delete(concept.id);
                      conceptField.onChange(concepts.filter((c) => next.has(c.id)).map((c) => c.id));
                    }}
                  />
                  {concept.name}
                </label>
              </li>
            ))}
          </ul>
          {conceptsError ? (
            <p id="task-concepts-error" role="alert" className="mt-1 text-xs text-danger">
              {conceptsError}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField
          label="Instructions"
          rows={4}
          hint="What labelers should look for; shown on the task."
          {...form.register('instructions')}
          error={errorOf('instructions')}
        />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}
