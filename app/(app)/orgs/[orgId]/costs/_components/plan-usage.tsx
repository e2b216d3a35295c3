import { CircleAlert } from '@/components/ui/icons';
import { AppLink } from '@/components/ui/app-link';
import type { Plan } from '@/lib/billing/plans';
import { seatsUsed, type SeatUsage } from '@/lib/billing/seats';
import { formatUsd } from '@/lib/validations/costs';

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);
const count = (n: number, one: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : `${one}s`}`;

/** A bar with a name and its numbers in words (role="meter"); the same numbers are printed beside it. */
function Meter({ label, value, max, text, over }: { label: string; value: number; max: number; text: string; over: boolean }) {
  const shown = Math.min(percent(value, max), 100);
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={shown}
      aria-valuetext={text}
      className="mt-2 h-2 w-full overflow-hidden rounded-full bg-bg-subtle ring-1 ring-border ring-inset"
    >
      <div className={`h-full rounded-full ${over ? 'bg-danger' : 'bg-accent'}`} style={{ width: `${shown}%` }} />
    </div>
  );
}

/**
 * The organization's plan and what it uses of it: seats (members + pending invitations) against the
 * plan's seats, and this month's usage against the usage the plan includes.
 */
export function PlanUsage({
  orgId,
  plan,
  usage,
  monthLabel,
  spentCents,
  canChange,
}: {
  orgId: string;
  plan: Plan;
  usage: SeatUsage;
  monthLabel: string;
  spentCents: number;
  canChange: boolean;
}) {
  const used = seatsUsed(usage);
  const included = plan.includedMonthlyCents;
  const overUsage = spentCents > included;
  const seatsFull = plan.seats !== null && used >= plan.seats;
  const seatText =
    plan.seats === null
      ? `${used.toLocaleString('en-US')} seats used; unlimited`
      : `${used.toLocaleString('en-US')} of ${count(plan.seats, 'seat')} used`;
  const usageText = `${formatUsd(spentCents)} of ${formatUsd(included, { whole: true })} included`;
  return (
    <section aria-labelledby="plan-heading" className="mb-6 rounded-lg border border-border p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="plan-heading" className="text-sm font-medium text-fg-muted">
          Plan · <span className="text-base font-semibold text-fg">{plan.label}</span>
        </h2>
        {canChange ? (
          <AppLink href={`/orgs/${orgId}/settings#plan-heading`} className="text-sm text-accent hover:underline">
            Change plan
          </AppLink>
        ) : null}
      </div>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className="text-sm font-medium">Seats</h3>
          <p className="mt-1 text-sm tabular-nums">{seatText}</p>
          {plan.seats !== null ? (
            <Meter label="Seats used" value={used} max={plan.seats} text={`${seatText} (${percent(used, plan.seats)}%)`} over={seatsFull} />
          ) : null}
          <p className="mt-2 text-xs text-fg-muted">
            {count(usage.members, 'member')} and {count(usage.pending, 'pending invitation')}
            {seatsFull ? ' — no seats left: new invitations are refused until a seat is freed or the plan changes.' : '.'}
          </p>
        </div>
        <div>
          <h3 className="text-sm font-medium">Included usage · {monthLabel}</h3>
          <p className="mt-1 text-sm tabular-nums">{usageText}</p>
          <Meter
            label="Included usage used this month"
            value={spentCents}
            max={included}
            text={`${usageText} (${percent(spentCents, included)}%)`}
            over={overUsage}
          />
          {overUsage ? (
            <p className="mt-2 flex items-center gap-1.5 text-xs font-medium text-danger">
              <CircleAlert size={14} aria-hidden /> {formatUsd(spentCents - included)} beyond what the plan includes
            </p>
          ) : (
            <p className="mt-2 text-xs text-fg-muted">{formatUsd(included - spentCents)} of the included usage left this month</p>
          )}
        </div>
      </div>
    </section>
  );
}
