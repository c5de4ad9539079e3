import type { LengthOfStayReport } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { CountFigure } from './count-figure';
import type { ReportLabels } from './report-labels';

/** Nights in hospital after the operation: the middle and the mean, and how stays spread over bands. */
export function LengthOfStaySection({
  report,
  labels,
}: {
  report: LengthOfStayReport;
  labels: ReportLabels;
}) {
  const { t } = useTranslation('reports');
  const nights = (value: number | undefined) =>
    value === undefined ? t('lengthOfStay.noValue') : t('lengthOfStay.nights', { count: value });
  const facts: [string, string][] = [
    [t('lengthOfStay.median'), nights(report.median)],
    [t('lengthOfStay.mean'), nights(report.mean)],
    [t('lengthOfStay.measured'), labels.number(report.measured)],
    [t('lengthOfStay.notRecorded'), labels.number(report.notRecorded)],
    [t('lengthOfStay.noDischarge'), labels.number(report.noDischarge)],
  ];
  return (
    <section className="mb-5" aria-labelledby="reports-stay">
      <h2 id="reports-stay" className="h4 mb-3">
        {t('lengthOfStay.title')}
      </h2>
      <p className="text-body-secondary">{t('lengthOfStay.intro')}</p>
      <dl className="row mb-4">
        {facts.map(([term, value]) => (
          <div className="col-sm-6 col-lg-4 mb-2" key={term}>
            <dt className="small text-body-secondary fw-normal">{term}</dt>
            <dd className="fs-5 mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      <CountFigure
        title={t('lengthOfStay.bands')}
        groupHeading={t('lengthOfStay.band')}
        countHeading={t('lengthOfStay.stays')}
        counts={report.bands}
        labelOf={(band) => t(`lengthOfStay.bandLabel.${band}`)}
        labels={labels}
      />
    </section>
  );
}
