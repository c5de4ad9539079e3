import type { SurgeonRow } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../shell/scroll-table';
import type { ReportLabels } from './report-labels';

const RATES = ['emergency', 'complications', 'followUp', 'recurrence'] as const;

/** Each primary surgeon's operations and rates, busiest first. */
export function SurgeonsSection({ rows, labels }: { rows: readonly SurgeonRow[]; labels: ReportLabels }) {
  const { t } = useTranslation('reports');
  return (
    <section className="mb-5" aria-labelledby="reports-surgeons">
      <h2 id="reports-surgeons" className="h4 mb-3">
        {t('surgeons.title')}
      </h2>
      <p className="text-body-secondary">{t('surgeons.intro')}</p>
      <ScrollTable label={t('surgeons.title')} size="sm" striped>
        <caption className="visually-hidden">{t('surgeons.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('surgeons.surgeon')}</th>
            <th scope="col" className="text-end">
              {t('surgeons.operations')}
            </th>
            {RATES.map((rate) => (
              <th scope="col" key={rate}>
                {t(`surgeons.${rate}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.surgeonId}>
              <th scope="row" className="fw-normal">
                {labels.surgeon(row.surgeonId)}
              </th>
              <td className="text-end">{labels.number(row.operations)}</td>
              {RATES.map((rate) => (
                <td key={rate} className="text-nowrap">
                  {labels.rate(row[rate])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
