import { cn } from './cn';

/**
 * A labelled progress bar: screen readers hear its name and "3 of 10 (30%)"; sighted users see the bar
 * and the same numbers beside it. `max` 0 (nothing to do yet) reads as 0 of 0.
 */
export function ProgressBar({ value, max, label, className }: { value: number; max: number; label: string; className?: string }) {
  const safeMax = Math.max(0, max);
  const now = Math.min(Math.max(0, value), safeMax);
  const percent = safeMax === 0 ? 0 : Math.round((now / safeMax) * 100);
  const text = `${now.toLocaleString('en-US')} of ${safeMax.toLocaleString('en-US')} (${percent}%)`;
  return (
    <div className={cn('flex min-w-0 items-center gap-2', className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuenow={now}
        aria-valuetext={text}
        className="h-2 min-w-16 flex-1 overflow-hidden rounded-full bg-bg-subtle ring-1 ring-border ring-inset"
      >
        <div className="h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
      </div>
      <span className="shrink-0 text-xs text-fg-muted tabular-nums" aria-hidden>
        {text}
      </span>
    </div>
  );
}
