import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface BarSeries {
  label: string;
  color: string;
}

export interface BarFigureProps {
  title: string;
  /** One bar (or stack) per row: its axis label and a value per series. */
  rows: readonly { label: string; values: readonly number[] }[];
  series: readonly BarSeries[];
  /** Series stacked in one bar per row, rather than side by side. */
  stacked?: boolean;
  /** Label every bar (a few categories), rather than as many as fit (a run of months). */
  everyLabel?: boolean;
  formatNumber: (value: number) => string;
  /** The table of the same numbers, for those who cannot see the chart and for those who want the figures. */
  children: ReactNode;
}

const HEIGHT = 280;

/**
 * recharts reads values by key: keys by position make any label safe as a name, and sort in the
 * order of the series (for the legend).
 */
const keyOf = (index: number) => `series${String(index).padStart(3, '0')}`;

/**
 * A bar chart that answers one question, with its caption and the table of its numbers. The chart is
 * one image to assistive technology, named by the caption and pointing to the table; recharts' own
 * keyboard layer is off, as the table already gives every value.
 */
export function BarFigure({
  title,
  rows,
  series,
  stacked = false,
  everyLabel = false,
  formatNumber,
  children,
}: BarFigureProps) {
  const { t } = useTranslation('reports');
  const data = rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(row.values.map((value, i) => [keyOf(i), value])),
  }));
  return (
    <figure className="mb-4">
      <figcaption className="h6">{title}</figcaption>
      <div role="img" aria-label={t('chartSummary', { title })} style={{ width: '100%', height: HEIGHT }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" interval={everyLabel ? 0 : 'preserveStartEnd'} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tickFormatter={formatNumber} width={56} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? formatNumber(value) : value)} />
            {series.length > 1 && (
              // In the order of the series (their keys sort as they were given), names in body text colour.
              <Legend itemSorter="dataKey" formatter={(name) => <span className="text-body">{name}</span>} />
            )}
            {series.map((s, i) => (
              <Bar
                key={s.label}
                dataKey={keyOf(i)}
                name={s.label}
                fill={s.color}
                stackId={stacked ? 'all' : undefined}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {children}
    </figure>
  );
}
