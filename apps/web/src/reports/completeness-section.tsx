import { type CompletenessReport, RECORD_KINDS } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../shell/scroll-table';
import type { ReportLabels } from './report-labels';

/** The fields listed: the rest are in the review tables, filtered to incomplete records. */
const MOST_MISSING_SHOWN = 10;

/** Complete records by hospital and kind, and the fields most often missing. */
export function CompletenessSection({
  report,
  labels,
}: {
  report: CompletenessReport;
  labels: ReportLabels;
}) {
  const { t } = useTranslation('reports');
  const missing = report.mostMissing.slice(0, MOST_MISSING_SHOWN);
  return (
    <section className="mb-5" aria-labelledby="reports-completeness">
      <h2 id="reports-completeness" className="h4 mb-3">
        {t('completeness.title')}
      </h2>
      <p className="text-body-secondary">{t('completeness.intro')}</p>
      <ScrollTable label={t('completeness.byHospital')} size="sm" striped className="mb-4">
        <caption className="caption-top h6 text-body">{t('completeness.byHospital')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('completeness.hospital')}</th>
            {RECORD_KINDS.map((kind) => (
              <th scope="col" key={kind}>
                {labels.kind(kind)}
              </th>
            ))}
            <th scope="col">{t('completeness.all')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byHospital.map((row) => (
            <tr key={row.hospitalId}>
              <th scope="row" className="fw-normal">
                {labels.hospital(row.hospitalId)}
              </th>
              {RECORD_KINDS.map((kind) => (
                <td key={kind} className="text-nowrap">
                  {labels.share(row.byKind[kind])}
                </td>
              ))}
              <td className="text-nowrap">{labels.share(row.all)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('operations.total')}</th>
            {RECORD_KINDS.map((kind) => (
              <td key={kind} className="fw-semibold text-nowrap">
                {labels.share(report.byKind[kind])}
              </td>
            ))}
            <td className="fw-semibold text-nowrap">{labels.share(report.all)}</td>
          </tr>
        </tfoot>
      </ScrollTable>
      {missing.length === 0 ? (
        <p>{t('completeness.nothingMissing')}</p>
      ) : (
        <ScrollTable label={t('completeness.mostMissing')} size="sm" striped>
          <caption className="caption-top h6 text-body">{t('completeness.mostMissing')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('completeness.field')}</th>
              <th scope="col">{t('completeness.kind')}</th>
              <th scope="col">{t('completeness.missing')}</th>
            </tr>
          </thead>
          <tbody>
            {missing.map(({ kind, field, missing: share }) => (
              <tr key={`${kind} ${field}`}>
                <th scope="row" className="fw-normal">
                  {labels.field(kind, field)}
                </th>
                <td>{labels.kind(kind)}</td>
                <td>{labels.share(share)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
