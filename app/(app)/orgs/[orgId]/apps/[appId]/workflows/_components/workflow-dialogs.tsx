'use client';

import { Plus } from '@/components/ui/icons';
import type { UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field, TextAreaField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { DeleteButton } from '@/components/forms/delete-button';
import { FormDialog } from '@/components/forms/form-dialog';
import { createWorkflowSchema, MAX_WORKFLOW_STEPS, updateWorkflowSchema } from '@/lib/validations/workspace';
import { createWorkflowAction, deleteWorkflowAction, updateWorkflowAction } from '../actions';

type AppRef = { orgId: string; appId: string };
type ModelOption = { id: string; name: string };
type Workflow = { id: string; name: string; description: string; steps: Array<{ modelId: string }> };

const padSteps = (steps: string[]) => Array.from({ length: MAX_WORKFLOW_STEPS }, (_, n) => steps[n] ?? '');

/** Name, description and the chain: one select per step, in order; unused steps stay on "—". */
function WorkflowFields({
  form,
  errorOf,
  models,
}: {
  form: UseFormReturn<{ name: string; description: string; steps: string[] }>;
  errorOf: (name: string) => string | undefined;
  models: ModelOption[];
}) {
  const options = [{ value: '', label: '—' }, ...models.map((m) => ({ value: m.id, label: m.name }))];
  return (
    <>
      <Field label="Workflow name" {...form.register('name')} error={errorOf('name')} />
      <TextAreaField label="Description" rows={2} {...form.register('description')} error={errorOf('description')} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Models, in order</legend>
        {padSteps([]).map((_, n) => (
          <SelectField
            key={n}
            label={`Step ${n + 1}`}
            options={options}
            {...form.register(`steps.${n}`)}
            error={n === 0 ? errorOf('steps') : undefined}
          />
        ))}
      </fieldset>
    </>
  );
}

export function CreateWorkflowDialog({ models, ...ref }: AppRef & { models: ModelOption[] }) {
  return (
    <FormDialog
      title="Create workflow"
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create workflow
        </Button>
      }
      schema={createWorkflowSchema}
      defaultValues={{ ...ref, name: '', description: '', steps: padSteps([]) }}
      action={createWorkflowAction}
      success={(data) => `Workflow ${data.name} created.`}
    >
      {({ form, errorOf }) => <WorkflowFields form={form as never} errorOf={errorOf} models={models} />}
    </FormDialog>
  );
}

export function EditWorkflowDialog({ models, workflow, ...ref }: AppRef & { models: ModelOption[]; workflow: Workflow }) {
  return (
    <FormDialog
      title={`Edit ${workflow.name}`}
      trigger={
        <Button variant="secondary" aria-label={`Edit ${workflow.name}`}>
          Edit
        </Button>
      }
      schema={updateWorkflowSchema}
      defaultValues={{
        ...ref,
        workflowId: workflow.id,
        name: workflow.name,
        description: workflow.description,
        steps: padSteps(workflow.steps.map((s) => s.modelId)),
      }}
      action={updateWorkflowAction}
      success={(data) => `Workflow ${data.name} saved.`}
    >
      {({ form, errorOf }) => <WorkflowFields form={form as never} errorOf={errorOf} models={models} />}
    </FormDialog>
  );
}

export function DeleteWorkflowButton({ workflow, ...ref }: AppRef & { workflow: { id: string; name: string } }) {
  return (
    <DeleteButton
      label={`Delete ${workflow.name}`}
      title={`Delete workflow ${workflow.name}?`}
      description="The workflow is deleted; its models are kept."
      action={() => deleteWorkflowAction({ ...ref, workflowId: workflow.id })}
      success={`Workflow ${workflow.name} was deleted.`}
    />
  );
}
