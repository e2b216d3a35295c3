'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { FlaskConical, Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { FormDialog } from '@/components/forms/form-dialog';
import { createModelSchema, updateModelSchema } from '@/lib/validations/models';
import { TRAINING_BASE_CENTS, TRAINING_CENTS_PER_EXAMPLE } from '@/lib/training';
import { createModelAction, deleteModelAction, trainModelAction, updateModelAction } from '../actions';

type AppRef = { orgId: string; appId: string };

export function CreateModelDialog(ref: AppRef) {
  return (
    <FormDialog
      title="Create model"
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create model
        </Button>
      }
      schema={createModelSchema}
      defaultValues={{ ...ref, name: '', description: '' }}
      action={createModelAction}
      success={(data) => `Model ${data.name} created.`}
    >
      {({ field }) => (
        <>
          <Field label="Model name" {...field('name')} />
          <Field label="Description" {...field('description')} />
        </>
      )}
    </FormDialog>
  );
}

export function EditModelDialog({ model, ...ref }: AppRef & { model: { id: string; name: string; description: string } }) {
  return (
    <FormDialog
      title={`Edit model ${model.name}`}
      trigger={
        <Button variant="secondary" aria-label={`Edit model ${model.name}`}>
          Edit
        </Button>
      }
      schema={updateModelSchema}
      defaultValues={{ ...ref, modelId: model.id, name: model.name, description: model.description }}
      action={updateModelAction}
      success={(data) => `Model ${data.name} saved.`}
    >
      {({ field }) => (
        <>
          <Field label="Model name" {...field('name')} />
          <Field label="Description" {...field('description')} />
        </>
      )}
    </FormDialog>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function DeleteModelButton({
  orgId,
  appId,
  model,
  afterDelete,
}: AppRef & {
  model: { id: string; name: string; versionCount: number; deploymentCount: number };
  /** Where to go once it is gone (the model's own page cannot stay open). */
  afterDelete?: string;
}) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" aria-label={`Delete model ${model.name}`}>
          Delete
        </Button>
      }
      title={`Delete model ${model.name}?`}
      description={
        `Its ${plural(model.versionCount, 'version')} (with their metrics) and ${plural(model.deploymentCount, 'deployment')} are deleted, ` +
        'and workflows that use it lose that step. This cannot be undone.'
      }
      action={() => deleteModelAction({ orgId, appId, modelId: model.id })}
      onDone={() => {
        toast.success(`Model ${model.name} was deleted.`);
        if (afterDelete) router.push(afterDelete);
        else router.refresh();
      }}
    />
  );
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** Starts a (simulated) training run: says so before and after. */
export function TrainModelButton({ orgId, appId, model }: AppRef & { model: { id: string; name: string } }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const train = async () => {
    setBusy(true);
    setError(null);
    const result = await trainModelAction({ orgId, appId, modelId: model.id }).catch(() => null);
    setBusy(false);
    if (!result || !result.ok) {
      setError(result?.message ?? 'Could not reach the server. Try again.');
      return;
    }
    setOpen(false);
    toast.success(
      `Version ${result.data.version} of ${model.name} trained (simulated) from ${plural(result.data.metrics.examples, 'example')}.`,
    );
    router.refresh();
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(null);
      }}
      title={`Train ${model.name}`}
      description="Training is simulated: no model is actually trained."
      trigger={
        <Button>
          <FlaskConical size={16} aria-hidden /> Train model
        </Button>
      }
    >
      <div className="space-y-3 text-sm">
        <p>
          The run takes this app&apos;s annotations as they are now: approved annotations are the training examples, rejected ones count as
          label noise. It records the next version of {model.name} with metrics computed from them.
        </p>
        <p className="text-fg-muted">
          Cost recorded under Training in this month&apos;s costs: {dollars(TRAINING_BASE_CENTS)} plus {TRAINING_CENTS_PER_EXAMPLE}¢ per
          example.
        </p>
        <FormError message={error} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button onClick={train} disabled={busy}>
            Confirm
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
