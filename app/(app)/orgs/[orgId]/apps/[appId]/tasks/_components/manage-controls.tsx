'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { UserPlus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { FormError, inputClass } from '@/components/ui/field';
import { FormActions } from '@/components/ui/form-actions';
import { assignTaskAction, deleteLabelingTaskAction, unassignTaskAction } from '../actions';

type TaskRef = { orgId: string; appId: string; taskId: string };
type Candidate = { userId: string; name: string | null; email: string };

/** Assign: the members who can label in this app and are not assigned yet, filtered by name or email. */
export function AssignDialog({ candidates, more, ...ref }: TaskRef & { candidates: Candidate[]; more: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState(new Set<string>());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const q = filter.trim().toLowerCase();
  const shown = q ? candidates.filter((c) => c.email.includes(q) || (c.name ?? '').toLowerCase().includes(q)) : candidates;
  const reset = () => {
    setSelected(new Set());
    setFilter('');
    setError(null);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        reset();
      }}
      title="Assign"
      description="Members who can label in this app: Admins, Organization Contributors, and members of its Full Access, Labeler Lead or Labeler Worker teams."
      trigger={
        <Button>
          <UserPlus size={16} aria-hidden /> Assign
        </Button>
      }
    >
      <form
        method="post"
        noValidate
        className="space-y-3"
        onSubmit={async (e) => {
          e.preventDefault();
          if (selected.size === 0) {
            setError('Choose at least one member.');
            return;
          }
          setBusy(true);
          const result = await assignTaskAction({ ...ref, userIds: [...selected] }).catch(() => null);
          setBusy(false);
          if (!result?.ok) {
            setError(result?.message ?? 'Could not reach the server. Try again.');
            return;
          }
          toast.success(`Assigned ${result.data.added} member${result.data.added === 1 ? '' : 's'}.`);
          setOpen(false);
          reset();
          router.refresh();
        }}
      >
        {candidates.length === 0 ? (
          <p className="text-sm text-fg-muted">
            Everyone who can label in this app is already assigned. Give members a labeling team on this app to assign more.
          </p>
        ) : (
          <>
            <label className="flex flex-col gap-1 text-sm font-medium">
              Filter members
              <input
                type="search"
                className={inputClass}
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                placeholder="Name or email"
              />
            </label>
            <fieldset>
              <legend className="sr-only">Members to assign</legend>
              <ul className="max-h-60 space-y-1 overflow-y-auto">
                {shown.map((c) => (
                  <li key={c.userId}>
                    <label className="flex items-start gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-bg-subtle">
                      <input
                        type="checkbox"
                        className="mt-0.5 h-4 w-4 accent-accent"
                        checked={selected.has(c.userId)}
                        onChange={(e) =>
                          setSelected((prev) => {
                            const next = new Set(prev);
                            if (e.target.checked) next.add(c.userId);
                            else next.delete(c.userId);
                            return next;
                          })
                        }
                      />
                      <span className="min-w-0 break-words">
                        <span className="block">{c.email}</span>
                        {c.name ? <span className="block text-xs text-fg-muted">{c.name}</span> : null}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              {shown.length === 0 ? <p className="text-sm text-fg-muted">No member matches.</p> : null}
            </fieldset>
            {more ? <p className="text-xs text-fg-muted">Showing the first {candidates.length} members by email.</p> : null}
            <p className="text-sm text-fg-muted" aria-live="polite">
              {selected.size} selected
            </p>
          </>
        )}
        <FormError message={error} />
        <FormActions onCancel={() => setOpen(false)} submitting={busy} disabled={candidates.length === 0} />
      </form>
    </Dialog>
  );
}

/** Remove an assignee (and their annotations of this task). */
export function UnassignButton({ userId, who, annotated, ...ref }: TaskRef & { userId: string; who: string; annotated: number }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" aria-label={`Remove ${who}`}>
          Remove
        </Button>
      }
      title={`Remove ${who} from this task?`}
      description={
        annotated > 0
          ? `Their ${annotated} annotation${annotated === 1 ? '' : 's'} of this task are deleted.`
          : 'They have not labeled anything on this task yet.'
      }
      action={() => unassignTaskAction({ ...ref, userId })}
      onDone={() => {
        toast.success(`${who} was removed from the task.`);
        router.refresh();
      }}
    />
  );
}

export function DeleteTaskButton({
  name,
  tasksHref,
  annotations,
  ...ref
}: TaskRef & { name: string; tasksHref: string; annotations: number }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={<Button variant="secondary">Delete task</Button>}
      title={`Delete ${name}?`}
      description={`The task, its assignments and its ${annotations} annotation${annotations === 1 ? '' : 's'} are deleted. The dataset and concepts stay.`}
      action={() => deleteLabelingTaskAction(ref)}
      onDone={() => {
        toast.success(`Task ${name} was deleted.`);
        router.push(tasksHref);
      }}
    />
  );
}
