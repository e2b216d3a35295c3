'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormError, TextAreaField } from '@/components/ui/field';
import { reviewAnnotationAction } from '../actions';
import { InputPreview } from './input-preview';

type QueueItem = {
  annotationId: string;
  inputId: string;
  kind: 'image' | 'text';
  content: string;
  hasFile: boolean;
  conceptName: string;
  annotator: string | null;
};

/**
 * Review: the task's pending annotations (not the reviewer's own), one at a time, oldest first;
 * Approve, or Reject saying what to fix in Feedback. Reviewed ones leave the queue at once.
 */
export function ReviewDialog({ orgId, appId, queue, pending }: { orgId: string; appId: string; queue: QueueItem[]; pending: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(new Set<string>());
  const [feedback, setFeedback] = useState('');
  const [feedbackError, setFeedbackError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remaining = queue.filter((item) => !done.has(item.annotationId));
  const item = remaining[0];

  async function decide(decision: 'approved' | 'rejected') {
    if (!item) return;
    setBusy(true);
    const result = await reviewAnnotationAction({ orgId, appId, annotationId: item.annotationId, decision, feedback }).catch(() => null);
    setBusy(false);
    if (!result?.ok) {
      setFeedbackError(result?.fieldErrors?.feedback?.[0]);
      setError(result?.fieldErrors?.feedback ? null : (result?.message ?? 'Could not reach the server. Try again.'));
      return;
    }
    setDone((prev) => new Set(prev).add(item.annotationId));
    setFeedback('');
    setFeedbackError(undefined);
    setError(null);
    toast.success(decision === 'approved' ? 'Annotation approved.' : 'Annotation rejected.');
    router.refresh();
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setFeedback('');
        setFeedbackError(undefined);
        setError(null);
      }}
      title="Review"
      description={`${pending} annotation${pending === 1 ? '' : 's'} pending review on this task.`}
      trigger={<Button variant="secondary">Review</Button>}
    >
      {item ? (
        <div className="space-y-3">
          <div className="rounded-md border border-border p-3 text-sm">
            <InputPreview kind={item.kind} content={item.content} image={item.hasFile ? { orgId, appId, inputId: item.inputId } : null} />
            <p className="mt-2">
              Label: <strong>{item.conceptName}</strong>
              {item.annotator ? <span className="text-fg-muted"> · by {item.annotator}</span> : null}
            </p>
          </div>
          <TextAreaField
            label="Feedback"
            hint="Required when you reject: say what to fix."
            value={feedback}
            onChange={(e) => setFeedback(e.target.value)}
            error={feedbackError}
            maxLength={1000}
          />
          <FormError message={error} />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="text-xs text-fg-muted">{remaining.length} in this batch</span>
            <div className="flex gap-2">
              <Button variant="danger" disabled={busy} onClick={() => decide('rejected')}>
                Reject
              </Button>
              <Button disabled={busy} onClick={() => decide('approved')}>
                Approve
              </Button>
            </div>
          </div>
        </div>
      ) : (
        <p className="text-sm text-fg-muted">Nothing is waiting for your review. Your own annotations are reviewed by someone else.</p>
      )}
    </Dialog>
  );
}
