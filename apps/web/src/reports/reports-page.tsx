import { useTranslation } from 'react-i18next';
import { ReviewFilterBar, type ReviewFilterField } from '../review/filter-bar';
import { useReviewFilter } from '../review/use-review-filter';
import { CompletenessSection } from './completeness-section';
import { LengthOfStaySection } from './length-of-stay-section';
import { OperationsSection } from './operations-section';
import { ReportsLoading } from './reports-loading';
import { SummarySection } from './summary-section';
import { SurgeonsSection } from './surgeons-section';
import { useReportLabels } from './use-report-labels';
import { useReports } from './use-reports';

/** An operation's date, hospital and region: what a coordinator narrows the reports by. */
const FIELDS: readonly ReviewFilterField[] = ['dates', 'hospital', 'region'];

/**
 * The coordinators' dashboard: operations, their outcomes, lengths of stay, surgeons and data
 * completeness over the records on this device, filtered by the address like the review tables.
 */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const { filter, problems, setFilter } = useReviewFilter(FIELDS);
  const { reports, loading, stale, asOf } = useReports(filter);
  const labels = useReportLabels();

  return (
    <>
      <h1 className="h3 mb-3">{t('title')}</h1>
      <p className="text-body-secondary">{t('intro')}</p>
      <ReviewFilterBar filter={filter} onChange={setFilter} fields={FIELDS} problems={problems} />
      <p className="small" role="status">
        {stale ? t('updating') : ''}
      </p>
      {loading && <ReportsLoading loading={loading} />}
      {reports && (
        <div aria-busy={stale} className={stale ? 'opacity-50' : undefined} data-testid="reports">
          <SummarySection outcomes={reports.outcomes} asOf={asOf} labels={labels} />
          {reports.operations.total === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <>
              <OperationsSection report={reports.operations} labels={labels} />
              <LengthOfStaySection report={reports.lengthOfStay} labels={labels} />
              <SurgeonsSection rows={reports.surgeons} labels={labels} />
            </>
          )}
          {reports.completeness.all.of > 0 && (
            <CompletenessSection report={reports.completeness} labels={labels} />
          )}
        </div>
      )}
    </>
  );
}
