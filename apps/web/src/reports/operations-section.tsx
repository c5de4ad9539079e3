import type { OperationsReport } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { CountFigure } from './count-figure';
import { CountTable } from './count-table';
import { MonthsFigure } from './months-figure';
import { orderByLabel } from './order-by-label';
import type { ReportLabels } from './report-labels';

/** How many operations, when, where and of what kind. */
export function OperationsSection({ report, labels }: { report: OperationsReport; labels: ReportLabels }) {
  const { t } = useTranslation('reports');
  return (
    <section className="mb-5" aria-labelledby="reports-operations">
      <h2 id="reports-operations" className="h4 mb-3">
        {t('operations.title')}
      </h2>
      <MonthsFigure report={report} labels={labels} />
      <div className="row">
        <div className="col-lg-6">
          <CountFigure
            title={t('operations.byCepod')}
            groupHeading={t('operations.cepod')}
            counts={report.byCepod}
            labelOf={labels.cepod}
            labels={labels}
          />
        </div>
        <div className="col-lg-6">
          <CountFigure
            title={t('operations.byHerniaSite')}
            groupHeading={t('operations.herniaSite')}
            counts={report.byHerniaSite}
            labelOf={labels.herniaSite}
            labels={labels}
          />
        </div>
        <div className="col-lg-6">
          <CountTable
            caption={t('operations.byHospital')}
            groupHeading={t('operations.hospital')}
            counts={report.byHospital}
            labelOf={labels.hospital}
            labels={labels}
          />
        </div>
        <div className="col-lg-6">
          <CountTable
            caption={t('operations.byRegion')}
            groupHeading={t('operations.region')}
            counts={orderByLabel(report.byRegion, labels.region, labels.language)}
            labelOf={labels.region}
            labels={labels}
          />
        </div>
      </div>
    </section>
  );
}
