'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Rocket } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { inputClass } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';
import { deployModelSchema } from '@/lib/validations/models';
import { deployModelAction, searchDeployableVersionsAction, undeployModelAction } from '../deploy-actions';

/** A deployment target: value "<clusterId>/<nodepoolId>". */
export type NodepoolTarget = { value: string; label: string };
export type VersionOption = { modelVersionId: string; appId: string; label: string };

/**
 * The Deploy model dialog. `versions` fixed (a model's page) or, without it, searched on the server
 * over the organization's apps (the compute page). Only what the server lists can be chosen, and the
 * action checks again that the version belongs to the app and the nodepool to the organization.
 */
export function DeployModelDialog({
  orgId,
  targets,
  versions,
  appId,
}: {
  orgId: string;
  targets: NodepoolTarget[];
  versions?: VersionOption[];
  appId?: string;
}) {
  // Read at each opening: a training run since the page loaded adds a newest version to preselect.
  const defaults = {
    orgId,
    appId: versions?.[0]?.appId ?? appId ?? '',
    modelVersionId: versions?.[0]?.modelVersionId ?? '',
    nodepool: targets[0]?.value ?? '',
  };
  const unavailable =
    targets.length === 0 ? (
      <p className="text-sm text-fg-muted">
        This organization has no nodepool to deploy to yet. An Admin or Infrastructure Manager creates clusters and nodepools on the Compute
        page.
      </p>
    ) : versions && versions.length === 0 ? (
      <p className="text-sm text-fg-muted">This model has no version yet. Train model first.</p>
    ) : null;
  return (
    <FormDialog
      title="Deploy model"
      trigger={
        <Button>
          <Rocket size={16} aria-hidden /> Deploy model
        </Button>
      }
      unavailable={unavailable}
      schema={deployModelSchema}
      defaultValues={defaults}
      action={deployModelAction}
      success={(data) => `Version ${data.version} of ${data.modelName} deployed on ${data.clusterId}/${data.nodepoolId}.`}
    >
      {({ form, errorOf, field }) => (
        <>
          {versions ? (
            <SelectField
              label="Model version"
              options={versions.map((v) => ({ value: v.modelVersionId, label: v.label }))}
              error={errorOf('modelVersionId')}
              {...form.register('modelVersionId', {
                // The app goes with the version chosen.
                onChange: (event) => form.setValue('appId', versions.find((v) => v.modelVersionId === event.target.value)?.appId ?? ''),
              })}
            />
          ) : (
            <VersionSearch
              orgId={orgId}
              error={errorOf('modelVersionId')}
              onPick={(v) => {
                form.setValue('modelVersionId', v?.modelVersionId ?? '');
                form.setValue('appId', v?.appId ?? '');
              }}
            />
          )}
          <SelectField label="Nodepool" options={targets} {...field('nodepool')} />
        </>
      )}
    </FormDialog>
  );
}

/** Server-side search over the organization's model versions (newest first, capped), then one select. */
function VersionSearch({ orgId, error, onPick }: { orgId: string; error?: string; onPick: (v: VersionOption | null) => void }) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<VersionOption[]>([]);
  const [picked, setPicked] = useState<VersionOption | null>(null);
  const [status, setStatus] = useState<'loading' | 'idle' | 'error'>('loading');

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      setStatus('loading');
      const result = await searchDeployableVersionsAction({ orgId, q }).catch(() => null);
      if (cancelled) return;
      if (!result?.ok) return setStatus('error');
      setResults(
        result.data.map((v) => ({
          modelVersionId: v.modelVersionId,
          appId: v.appId,
          label: `${v.appSlug} / ${v.modelName} — version ${v.version}`,
        })),
      );
      setStatus('idle');
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [orgId, q]);

  const options = picked && !results.some((r) => r.modelVersionId === picked.modelVersionId) ? [picked, ...results] : results;
  return (
    <div className="space-y-2">
      <label className="flex flex-col gap-1 text-sm font-medium">
        Search model versions
        <input type="search" className={inputClass} value={q} onChange={(e) => setQ(e.target.value)} placeholder="App ID or model name" />
      </label>
      <p aria-live="polite" className="text-xs text-fg-muted">
        {status === 'loading'
          ? 'Searching…'
          : status === 'error'
            ? 'Search failed; try again.'
            : results.length === 0
              ? 'No model versions match.'
              : `${results.length} newest match${results.length === 1 ? '' : 'es'} shown.`}
      </p>
      <SelectField
        label="Model version"
        value={picked?.modelVersionId ?? ''}
        onChange={(e) => {
          const next = options.find((o) => o.modelVersionId === e.target.value) ?? null;
          setPicked(next);
          onPick(next);
        }}
        options={[{ value: '', label: 'Choose a model version' }, ...options.map((o) => ({ value: o.modelVersionId, label: o.label }))]}
        error={error}
      />
    </div>
  );
}

export function UndeployButton({
  orgId,
  deployment,
}: {
  orgId: string;
  deployment: { id: string; modelName: string; version: number; clusterId: string; nodepoolId: string };
}) {
  const router = useRouter();
  const where = `${deployment.clusterId}/${deployment.nodepoolId}`;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" aria-label={`Undeploy ${deployment.modelName} version ${deployment.version} from ${where}`}>
          Undeploy
        </Button>
      }
      title={`Undeploy ${deployment.modelName} version ${deployment.version}?`}
      description={`It stops being served on ${where}. The version itself is kept and can be deployed again.`}
      action={() => undeployModelAction({ orgId, deploymentId: deployment.id })}
      onDone={() => {
        toast.success(`${deployment.modelName} version ${deployment.version} undeployed from ${where}.`);
        router.refresh();
      }}
    />
  );
}
