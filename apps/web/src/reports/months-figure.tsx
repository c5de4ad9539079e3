import type { OperationsReport } from '@registry/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../shell/scroll-table';
import { BarFigure } from './bar-figure';
import { REST_COLOR, seriesColor } from './chart-colors';
import { monthSeries } from './month-series';
import type { ReportLabels } from './report-labels';

/** Operations per month stacked by hospital (the busiest on their own), and the table of them. */
export function MonthsFigure({ report, labels }: { report: OperationsReport; labels: ReportLabels }) {
  const { t } = useTranslation('reports');
  const { series, rows } = useMemo(() => monthSeries(report), [report]);
  const names = series.map(({ hospitalId }) =>
    hospitalId === undefined ? t('operations.otherHospitals') : labels.hospital(hospitalId),
  );
  // Two hospitals may share a name; their ids (or "others") tell the columns apart.
  const keys = series.map(({ hospitalId }) => hospitalId ?? 'others');
  const title = t('operations.perMonth');
  return (
    <BarFigure
      title={title}
      stacked
      rows={rows.map((row) => ({ label: labels.month(row.month), values: row.counts }))}
      series={series.map((s, i) => ({
        label: names[i] ?? '',
        color: s.hospitalId === undefined ? REST_COLOR : seriesColor(i),
      }))}
      formatNumber={labels.number}
    >
      <ScrollTable label={title} size="sm" striped className="mb-4">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('operations.month')}</th>
            {names.map((name, i) => (
              <th scope="col" className="text-end" key={keys[i]}>
                {name}
              </th>
            ))}
            <th scope="col" className="text-end">
              {t('operations.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row" className="fw-normal text-nowrap">
                {labels.month(row.month)}
              </th>
              {row.counts.map((count, i) => (
                <td className="text-end" key={keys[i]}>
                  {labels.number(count)}
                </td>
              ))}
              <td className="text-end fw-semibold">{labels.number(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </BarFigure>
  );
}
