'use client';

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUsd } from '@/lib/validations/costs';

export type ChartMonth = { label: string; cents: number[] };
export type ChartSeries = { label: string; isOther: boolean };

/**
 * Series colors as CSS variables with a light and a dark value (dark follows the system, as in
 * app/globals.css), so the bars stay legible in both themes; "Other" is the muted text color.
 */
const PALETTE_CLASSES =
  '[--series-0:#4e79a7] [--series-1:#e8772e] [--series-2:#3f8f3a] [--series-3:#a0609a] [--series-4:#2f9c94] [--series-5:#c9a227] [--series-6:#8c6448] ' +
  'dark:[--series-0:#7fa7d6] dark:[--series-1:#f5a35c] dark:[--series-2:#7cc272] dark:[--series-3:#cf9bc6] dark:[--series-4:#79cfc7] dark:[--series-5:#edd26a] dark:[--series-6:#c9a184]';

const colorOf = (series: ChartSeries, i: number) => (series.isOther ? 'var(--color-fg-muted)' : `var(--series-${i % 7})`);

const compactUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });

/**
 * Usage by month, one stacked series per app, with the monthly budget as a dashed line. The SVG is an
 * image to assistive technology (role="img" with a summary); the table under it holds every number.
 */
export function CostsChart({
  months,
  series,
  budgetCents,
  summary,
}: {
  months: ChartMonth[];
  series: ChartSeries[];
  budgetCents: number | null;
  summary: string;
}) {
  const data = months.map((m) => ({ month: m.label, ...Object.fromEntries(m.cents.map((c, i) => [`s${i}`, c])) }));
  return (
    <div role="img" aria-label={summary} className={`h-80 w-full text-xs ${PALETTE_CLASSES}`}>
      <BarChart
        data={data}
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 16, right: 8, bottom: 0, left: 8 }}
      >
        <CartesianGrid vertical={false} stroke="var(--color-border)" />
        <XAxis
          dataKey="month"
          tickLine={false}
          axisLine={{ stroke: 'var(--color-border)' }}
          tick={{ fill: 'var(--color-fg-muted)' }}
          interval="preserveStartEnd"
          minTickGap={8}
        />
        <YAxis
          tickFormatter={(value: number) => compactUsd.format(value / 100)}
          tickLine={false}
          axisLine={false}
          tick={{ fill: 'var(--color-fg-muted)' }}
          width={56}
        />
        <Tooltip
          cursor={{ fill: 'var(--color-bg-subtle)' }}
          formatter={(value) => formatUsd(Number(value))}
          contentStyle={{
            background: 'var(--color-bg)',
            border: '1px solid var(--color-border)',
            borderRadius: 6,
            color: 'var(--color-fg)',
          }}
          labelStyle={{ color: 'var(--color-fg)', fontWeight: 600 }}
        />
        <Legend wrapperStyle={{ color: 'var(--color-fg)', paddingTop: 8 }} iconType="square" />
        {series.map((s, i) => (
          <Bar
            key={i}
            dataKey={`s${i}`}
            name={s.label}
            stackId="usage"
            fill={colorOf(s, i)}
            stroke="var(--color-bg)"
            strokeWidth={1}
            isAnimationActive={false}
          />
        ))}
        {budgetCents !== null ? (
          <ReferenceLine
            y={budgetCents}
            ifOverflow="extendDomain"
            stroke="var(--color-danger)"
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{
              value: `Budget ${formatUsd(budgetCents, { whole: true })}`,
              position: 'insideTopLeft',
              fill: 'var(--color-danger)',
              fontSize: 12,
            }}
          />
        ) : null}
      </BarChart>
    </div>
  );
}
