import { useMemo } from 'react';
import Button from 'react-bootstrap/Button';
import { Link, useParams } from 'react-router';
import { useChart } from '../app/use-chart';
import { useOutbox } from '../app/use-outbox';
import { useUser } from '../app/use-session';
import { DetailList } from '../episodes/detail-list';
import { useEpisodeLookups } from '../episodes/use-episode-lookups';
import { PatientMissing } from '../patients/patient-missing';
import { useTranslate } from '../patients/use-translate';
import { printSummary } from './print-summary';
import { PrintedNotes } from './printed-notes';
import { PrintedRecordTitle } from './printed-record-title';
import { printedWhen, usePrintedAt } from './use-printed-at';

/**
 * `/patients/:patientId/print`: the patient's chart on paper for the hospital file, from what this
 * device holds (so it prints offline). The buttons, menu and warnings stay on the screen (app.css).
 */
export function PatientSummaryPrintPage() {
  const { patientId = '' } = useParams();
  const { t, language } = useTranslate('print');
  const chart = useChart(patientId);
  const lookups = useEpisodeLookups(chart.states);
  const outbox = useOutbox();
  const user = useUser();
  const printedAt = usePrintedAt();
  const unsyncedIds = useMemo(() => new Set((outbox ?? []).map((row) => row.version.entityId)), [outbox]);
  const summary = useMemo(
    () => printSummary(t, chart.states, patientId, lookups, { language, now: printedAt, unsyncedIds }),
    [t, chart.states, patientId, lookups, language, printedAt, unsyncedIds],
  );

  if (chart.loading) return <p>{t('common:loading')}</p>;
  if (chart.versions.length === 0) return <PatientMissing patientId={patientId} hasChart={false} />;
  const name = summary.patient?.rows.find((r) => r.field === 'fullName')?.value;

  return (
    <article className="print-summary" data-testid="print-summary">
      <div className="d-flex flex-wrap gap-2 mb-3 d-print-none">
        <Link
          to={`/patients/${patientId}`}
          className="btn btn-outline-secondary d-inline-flex align-items-center"
        >
          {t('back')}
        </Link>
        <Button onClick={() => window.print()}>{t('print')}</Button>
      </div>
      <h1 className="h3">{t('title', { name: name ?? t('patients:notOnDevice.name') })}</h1>
      <p className="small" data-testid="printed-by">
        {t('printedBy', { when: printedWhen(printedAt, language), name: user.fullName })}
      </p>
      <PrintedNotes summary={summary} />

      {summary.patient && (
        <section aria-labelledby="print-patient" className="print-record mb-3">
          <h2 id="print-patient" className="h5 border-bottom pb-1">
            <PrintedRecordTitle record={{ ...summary.patient, title: t('patients:page.details') }} />
          </h2>
          <DetailList rows={summary.patient.rows} />
        </section>
      )}

      <section aria-labelledby="print-operations" className="mb-3">
        <h2 id="print-operations" className="h5 border-bottom pb-1">
          {t('operations', { count: summary.operations.length })}
        </h2>
        {summary.operations.length === 0 && <p>{t('noOperations')}</p>}
        {summary.operations.map((operation) => (
          <section
            key={operation.id}
            aria-labelledby={`print-${operation.id}`}
            className="print-record border-start border-3 ps-3 mb-4"
            data-testid="printed-operation"
          >
            <h3 id={`print-${operation.id}`} className="h6 fw-bold">
              <PrintedRecordTitle record={operation} />
            </h3>
            <DetailList rows={operation.rows} />
            {operation.followOns.length === 0 && <p className="small">{t('noFollowOns')}</p>}
            {operation.followOns.map((followOn) => (
              <section key={followOn.id} aria-labelledby={`print-${followOn.id}`}>
                <h4 id={`print-${followOn.id}`} className="h6">
                  <PrintedRecordTitle record={followOn} />
                </h4>
                <DetailList rows={followOn.rows} />
              </section>
            ))}
          </section>
        ))}
      </section>

      {summary.unlinked.length > 0 && (
        <section aria-labelledby="print-unlinked" className="mb-3">
          <h2 id="print-unlinked" className="h5 border-bottom pb-1">
            {t('unlinked')}
          </h2>
          <p className="small">{t('unlinkedHint')}</p>
          {summary.unlinked.map((episode) => (
            <section key={episode.id} aria-labelledby={`print-${episode.id}`} className="print-record">
              <h3 id={`print-${episode.id}`} className="h6 fw-bold">
                <PrintedRecordTitle record={episode} />
              </h3>
              <DetailList rows={episode.rows} />
            </section>
          ))}
        </section>
      )}
    </article>
  );
}
