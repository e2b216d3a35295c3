'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';
import type { UseFormRegisterReturn } from 'react-hook-form';
import {
  createClusterSchema,
  createNodepoolSchema,
  INSTANCE_TYPES,
  REGIONS,
  renameClusterSchema,
  updateNodepoolSchema,
} from '@/lib/validations/compute';
import {
  createClusterAction,
  createNodepoolAction,
  deleteClusterAction,
  deleteNodepoolAction,
  renameClusterAction,
  updateNodepoolAction,
} from '../actions';

export function CreateClusterDialog({ orgId }: { orgId: string }) {
  return (
    <FormDialog
      title="Create cluster"
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create cluster
        </Button>
      }
      schema={createClusterSchema}
      defaultValues={{ orgId, id: '', name: '', region: 'us-east-1' }}
      action={createClusterAction}
      success={(data) => `Cluster ${data.id} created.`}
    >
      {({ field }) => (
        <>
          <Field label="Cluster ID" autoCapitalize="none" spellCheck={false} {...field('id')} />
          <Field label="Cluster name" {...field('name')} />
          <SelectField label="Region" options={REGIONS.map((r) => ({ value: r, label: r }))} {...field('region')} />
        </>
      )}
    </FormDialog>
  );
}

export function RenameClusterDialog({ orgId, clusterId, name }: { orgId: string; clusterId: string; name: string }) {
  return (
    <FormDialog
      title={`Rename ${clusterId}`}
      trigger={
        <Button variant="secondary" aria-label={`Rename ${clusterId}`}>
          Rename
        </Button>
      }
      schema={renameClusterSchema}
      defaultValues={{ orgId, clusterId, name }}
      action={renameClusterAction}
      success={() => 'Cluster renamed.'}
    >
      {({ field }) => <Field label="Cluster name" {...field('name')} />}
    </FormDialog>
  );
}

export function CreateNodepoolDialog({ orgId, clusterId }: { orgId: string; clusterId: string }) {
  return (
    <FormDialog
      title={`Create nodepool in ${clusterId}`}
      trigger={
        <Button variant="secondary" aria-label={`Create nodepool in ${clusterId}`}>
          Create nodepool
        </Button>
      }
      schema={createNodepoolSchema}
      defaultValues={{ orgId, clusterId, id: '', instanceType: 'cpu-small', minNodes: 0, maxNodes: 2 }}
      action={createNodepoolAction}
      success={(data) => `Nodepool ${data.id} created.`}
    >
      {({ field }) => (
        <>
          <Field label="Nodepool ID" autoCapitalize="none" spellCheck={false} {...field('id')} />
          <NodepoolSizeFields field={field} />
        </>
      )}
    </FormDialog>
  );
}

/** Instance type and node range: the same fields on creating and editing a nodepool. */
function NodepoolSizeFields({
  field,
}: {
  field: (name: 'instanceType' | 'minNodes' | 'maxNodes') => UseFormRegisterReturn & { error?: string };
}) {
  return (
    <>
      <SelectField label="Instance type" options={INSTANCE_TYPES.map((t) => ({ value: t, label: t }))} {...field('instanceType')} />
      <div className="grid grid-cols-2 gap-3">
        <Field label="Minimum nodes" type="number" min={0} {...field('minNodes')} />
        <Field label="Maximum nodes" type="number" min={0} {...field('maxNodes')} />
      </div>
    </>
  );
}

export function EditNodepoolDialog({
  orgId,
  clusterId,
  pool,
}: {
  orgId: string;
  clusterId: string;
  pool: { id: string; instanceType: string; minNodes: number; maxNodes: number };
}) {
  return (
    <FormDialog
      title={`Edit nodepool ${pool.id}`}
      description={`In ${clusterId}. Models deployed on it stay deployed.`}
      trigger={
        <Button variant="secondary" aria-label={`Edit nodepool ${pool.id}`}>
          Edit
        </Button>
      }
      schema={updateNodepoolSchema}
      defaultValues={{
        orgId,
        clusterId,
        nodepoolId: pool.id,
        instanceType: pool.instanceType as (typeof INSTANCE_TYPES)[number],
        minNodes: pool.minNodes,
        maxNodes: pool.maxNodes,
      }}
      action={updateNodepoolAction}
      success={(data) => `Nodepool ${data.id} updated.`}
    >
      {({ field }) => <NodepoolSizeFields field={field} />}
    </FormDialog>
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
