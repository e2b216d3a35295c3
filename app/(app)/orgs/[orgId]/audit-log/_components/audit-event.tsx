import { formatDateTime } from '@/components/ui/date';
import type { AuditRow } from '@/db/queries/audit';
import { auditDetails } from '@/lib/audit/details';
import { auditSentence } from '@/lib/audit/sentences';

/** The time, as a `<time>` a screen reader and a copy-paste both read exactly. */
export function EventTime({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatDateTime(at)}</time>;
}

/**
 * One event: its sentence first, the time under it on narrow screens (wide ones have a column for it),
 * and its data, expandable, as labelled values rather than JSON.
 */
export function AuditEvent({ event }: { event: AuditRow }) {
  const details = auditDetails(event);
  return (
    <div className="min-w-0 break-words">
      <p>{auditSentence(event)}</p>
      <p className="text-xs text-fg-muted md:hidden">
        <EventTime at={event.createdAt} />
      </p>
      {details.length > 0 ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-fg-muted">Details</summary>
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5">
            {details.map((detail, i) => (
              <div key={i} className="contents">
                <dt className="font-medium">{detail.term}</dt>
                <dd className="min-w-0 break-words">{detail.value}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
