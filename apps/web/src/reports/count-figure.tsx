import type { Count } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { BarFigure } from './bar-figure';
import { seriesColor } from './chart-colors';
import { CountTable } from './count-table';
import type { ReportLabels } from './report-labels';

export interface CountFigureProps {
  title: string;
  groupHeading: string;
  countHeading?: string;
  counts: readonly Count[];
  labelOf: (key: string) => string;
  labels: ReportLabels;
}

/** Operations per group as bars, with the table of the same counts and their shares. */
export function CountFigure({
  title,
  groupHeading,
  countHeading,
  counts,
  labelOf,
  labels,
}: CountFigureProps) {
  const { t } = useTranslation('reports');
  return (
    <BarFigure
      title={title}
      rows={counts.map(({ key, count }) => ({ label: labelOf(key), values: [count] }))}
      series={[{ label: countHeading ?? t('operations.count'), color: seriesColor(0) }]}
      everyLabel
      formatNumber={labels.number}
    >
      <CountTable
        caption={title}
        hiddenCaption
        groupHeading={groupHeading}
        countHeading={countHeading}
        counts={counts}
        labelOf={labelOf}
        labels={labels}
      />
    </BarFigure>
  );
}
