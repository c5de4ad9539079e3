import type { OutcomeRates } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../shell/format-time';
import { ScrollTable } from '../shell/scroll-table';
import type { ReportLabels } from './report-labels';

const RATES = ['complications', 'followUp', 'recurrence', 'emergency'] as const;

/** How many operations, and the rates over them, each with what it counts in words. */
export function SummarySection({
  outcomes,
  asOf,
  labels,
}: {
  outcomes: OutcomeRates;
  asOf: string;
  labels: ReportLabels;
}) {
  const { t } = useTranslation('reports');
  return (
    <section className="mb-5" aria-labelledby="reports-summary">
      <h2 id="reports-summary" className="h4 mb-3">
        {t('summary.title')}
      </h2>
      <p className="fs-5 fw-semibold mb-1" data-testid="reports-operations">
        {t('summary.operations', { count: outcomes.operations })}
      </p>
      <p className="text-body-secondary">{t('summary.asOf', { date: formatDate(asOf, labels.language) })}</p>
      <ScrollTable label={t('summary.title')} size="sm" className="mb-0">
        <caption className="visually-hidden">{t('summary.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.measure')}</th>
            <th scope="col">{t('summary.rate')}</th>
            <th scope="col" className="text-end">
              {t('summary.notRecorded')}
            </th>
            <th scope="col">{t('summary.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {RATES.map((rate) => (
            <tr key={rate}>
              <th scope="row">{t(`rates.${rate}.name`)}</th>
              <td className="text-nowrap" data-testid={`rate-${rate}`}>
                {labels.share(outcomes[rate])}
              </td>
              <td className="text-end">{labels.number(outcomes[rate].notRecorded)}</td>
              <td className="small text-body-secondary">{t(`rates.${rate}.meaning`)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
