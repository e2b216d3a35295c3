import type { ShownMetrics } from '@/lib/training';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** One version's (simulated) metrics: the three scores, the data they came from, and examples per concept. */
export function VersionMetrics({ version, metrics }: { version: number; metrics: ShownMetrics }) {
  const items: Array<[string, string]> = [
    ['Accuracy', percent(metrics.accuracy)],
    ['Precision', percent(metrics.precision)],
    ['Recall', percent(metrics.recall)],
    ['Examples', metrics.examples === null ? '—' : String(metrics.examples)],
    ['Concepts covered', metrics.conceptsCovered === null ? '—' : `${metrics.conceptsCovered} of ${metrics.conceptsTotal ?? '?'}`],
  ];
  return (
    <div>
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {items.map(([label, value]) => (
          <div key={label} className="flex gap-1 whitespace-nowrap">
            <dt className="text-fg-muted">{label}</dt>
            <dd className="font-medium tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {metrics.perConcept.length > 0 ? (
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-fg-muted">Examples per concept (version {version})</summary>
          <ul className="mt-1 space-y-0.5">
            {metrics.perConcept.map((c) => (
              <li key={c.name} className="flex justify-between gap-4">
                <span>{c.name}</span>
                <span className="tabular-nums">{c.examples}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
