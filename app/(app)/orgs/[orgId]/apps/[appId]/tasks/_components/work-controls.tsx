'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { useHydrated } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { ASSIGNMENT_STATUS_LABELS, ASSIGNMENT_STATUSES, type AssignmentStatus } from '@/lib/validations/labeling';
import { saveAnnotationAction, updateAssignmentStatusAction } from '../actions';

type TaskRef = { orgId: string; appId: string; taskId: string };

/**
 * The labeler's concept for one input; choosing one saves it (their own annotation). Its accessible name
 * is "Label for <input>"; sighted users read "Label" beside the input itself.
 */
export function LabelSelect({
  inputId,
  label,
  conceptId,
  concepts,
  ...ref
}: TaskRef & { inputId: string; label: string; conceptId: string | null; concepts: Array<{ id: string; name: string }> }) {
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(conceptId ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // A choice made before hydration would be lost: the select waits, like every Button.
  const hydrated = useHydrated();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Label<span className="sr-only"> for {label}</span>
      </label>
      <select
        id={id}
        className={inputClass}
        value={value}
        disabled={busy || !hydrated}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={async (e) => {
          const next = e.target.value;
          if (!next) return;
          const previous = value;
          setValue(next);
          setBusy(true);
          const result = await saveAnnotationAction({ ...ref, inputId, conceptId: next }).catch(() => null);
          setBusy(false);
          if (!result?.ok) {
            setValue(previous);
            setError(result?.message ?? 'Could not reach the server. Try again.');
            return;
          }
          setError(undefined);
          toast.success('Label saved.');
          router.refresh();
        }}
      >
        {conceptId ? null : <option value="">Not labeled</option>}
        {concepts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The labeler's own status on the task (Not started / In progress / Completed); saved on change. */
export function StatusSelect({ status, ...ref }: TaskRef & { status: AssignmentStatus }) {
  const router = useRouter();
  const [value, setValue] = useState(status);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // A choice made before hydration would be lost: the select waits, like every Button.
  const hydrated = useHydrated();
  return (
    <SelectField
      label="Status"
      options={ASSIGNMENT_STATUSES.map((s) => ({ value: s, label: ASSIGNMENT_STATUS_LABELS[s] }))}
      value={value}
      error={error}
      disabled={busy || !hydrated}
      onChange={async (e) => {
        const next = e.target.value as AssignmentStatus;
        const previous = value;
        setValue(next);
        setBusy(true);
        const result = await updateAssignmentStatusAction({ ...ref, status: next }).catch(() => null);
        setBusy(false);
        if (!result?.ok) {
          setValue(previous);
          setError(result?.message ?? 'Could not reach the server. Try again.');
          return;
        }
        setError(undefined);
        toast.success(`Status: ${ASSIGNMENT_STATUS_LABELS[next]}.`);
        router.refresh();
      }}
    />
  );
}
