'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { FormActions } from '@/components/ui/form-actions';
import { SelectField } from '@/components/ui/select-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { createClusterSchema, createNodepoolSchema, INSTANCE_TYPES, REGIONS, renameClusterSchema } from '@/lib/validations/compute';
import { createClusterAction, createNodepoolAction, deleteClusterAction, deleteNodepoolAction, renameClusterAction } from '../actions';

export function CreateClusterDialog({ orgId }: { orgId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: createClusterSchema,
    defaultValues: { orgId, id: '', name: '', region: 'us-east-1' },
    action: createClusterAction,
    onSuccess: (data) => {
      toast.success(`Cluster ${data.id} created.`);
      setOpen(false);
      form.reset();
      router.refresh();
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Create cluster"
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create cluster
        </Button>
      }
    >
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Cluster ID" autoCapitalize="none" spellCheck={false} {...form.register('id')} error={errorOf('id')} />
        <Field label="Cluster name" {...form.register('name')} error={errorOf('name')} />
        <SelectField
          label="Region"
          options={REGIONS.map((r) => ({ value: r, label: r }))}
          error={errorOf('region')}
          {...form.register('region')}
        />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}

export function RenameClusterDialog({ orgId, clusterId, name }: { orgId: string; clusterId: string; name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: renameClusterSchema,
    defaultValues: { orgId, clusterId, name },
    action: renameClusterAction,
    onSuccess: () => {
      toast.success('Cluster renamed.');
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Rename ${clusterId}`}
      trigger={
        <Button variant="secondary" aria-label={`Rename ${clusterId}`}>
          Rename
        </Button>
      }
    >
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Cluster name" {...form.register('name')} error={errorOf('name')} />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}

export function CreateNodepoolDialog({ orgId, clusterId }: { orgId: string; clusterId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: createNodepoolSchema,
    defaultValues: { orgId, clusterId, id: '', instanceType: 'cpu-small', minNodes: 0, maxNodes: 2 },
    action: createNodepoolAction,
    onSuccess: (data) => {
      toast.success(`Nodepool ${data.id} created.`);
      setOpen(false);
      form.reset();
      router.refresh();
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Create nodepool in ${clusterId}`}
      trigger={
        <Button variant="secondary" aria-label={`Create nodepool in ${clusterId}`}>
          Create nodepool
        </Button>
      }
    >
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Nodepool ID" autoCapitalize="none" spellCheck={false} {...form.register('id')} error={errorOf('id')} />
        <SelectField
          label="Instance type"
          options={INSTANCE_TYPES.map((t) => ({ value: t, label: t }))}
          error={errorOf('instanceType')}
          {...form.register('instanceType')}
        />
        <div className="grid grid-cols-2 gap-3">
          <Field label="Minimum nodes" type="number" min={0} {...form.register('minNodes')} error={errorOf('minNodes')} />
          <Field label="Maximum nodes" type="number" min={0} {...form.register('maxNodes')} error={errorOf('maxNodes')} />
        </div>
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}

export function DeleteClusterButton({ orgId, clusterId }: { orgId: string; clusterId: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" aria-label={`Delete cluster ${clusterId}`}>
          Delete
        </Button>
      }
      title={`Delete cluster ${clusterId}?`}
      description="The cluster and all its nodepools are deleted."
      action={() => deleteClusterAction({ orgId, clusterId })}
      onDone={() => {
        toast.success(`Cluster ${clusterId} was deleted.`);
        router.refresh();
      }}
    />
  );
}

export function DeleteNodepoolButton({ orgId, clusterId, nodepoolId }: { orgId: string; clusterId: string; nodepoolId: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" aria-label={`Delete nodepool ${nodepoolId}`}>
          Delete
        </Button>
      }
      title={`Delete nodepool ${nodepoolId}?`}
      description={`Its nodes in ${clusterId} are released.`}
      action={() => deleteNodepoolAction({ orgId, clusterId, nodepoolId })}
      onDone={() => {
        toast.success(`Nodepool ${nodepoolId} was deleted.`);
        router.refresh();
      }}
    />
  );
}
