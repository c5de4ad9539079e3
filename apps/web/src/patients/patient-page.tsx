import { type PatientData, patientWorklist } from '@registry/domain';
import { useMemo } from 'react';
import Alert from 'react-bootstrap/Alert';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useChart } from '../app/use-chart';
import { usePatientIndex } from '../app/use-patients';
import { MergedRecords } from '../duplicates/merged-records';
import { UnmergeButton } from '../duplicates/unmerge-button';
import { DeletePatientButton } from './delete-patient-button';
import { episodesNewestFirst } from './episode-order';
import { PatientActions } from './patient-actions';
import { PatientBadges } from './patient-badges';
import { PatientDetails } from './patient-details';
import { PatientEpisodes } from './patient-episodes';
import { PatientFacts } from './patient-facts';
import { PatientMissing } from './patient-missing';
import { PatientStanding } from './patient-standing';
import { historyPath } from './record-title';
import { useHospitalNames } from './use-hospital-names';
import type { SavedState } from './use-save-patient';

/** One patient's chart: who they are, where they stand, their episodes, and what to record next. */
export function PatientPage() {
  const { t } = useTranslation('patients');
  const { patientId = '' } = useParams();
  const location = useLocation();
  const chart = useChart(patientId);
  const index = usePatientIndex();
  const hospitalNames = useHospitalNames();
  const episodes = useMemo(() => episodesNewestFirst(chart.states.values()), [chart.states]);
  const worklist = useMemo(() => patientWorklist(chart.states.values()), [chart.states]);

  if (chart.loading) return <p>{t('common:loading')}</p>;
  const own = chart.states.get(patientId);
  const state = own?.entity === 'patient' ? own : undefined;
  if (!state && chart.versions.length === 0) return <PatientMissing patientId={patientId} hasChart={false} />;

  const patient = state?.preferred.data as Partial<PatientData> | undefined;
  const name = patient?.fullName ?? t('notOnDevice.name');
  const mergedInto = patient?.mergedInto;
  const survivor = mergedInto ? index.get(mergedInto)?.patient?.fullName : undefined;
  const deleted = state?.deleted ?? false;
  const canRecord = !deleted && !mergedInto;
  const { saved, notice } = (location.state as SavedState | null) ?? {};

  return (
    <div data-testid="patient-page">
      {(saved || notice) && (
        <Alert variant="success" role="status" dismissible>
          {notice ?? t('forms:saved')}
        </Alert>
      )}
      <h1 className="h3 d-flex flex-wrap align-items-center gap-2 mb-1">
        <span>{name}</span>
        <PatientBadges inConflict={state?.inConflict} deleted={deleted} merged={Boolean(mergedInto)} />
      </h1>
      <PatientFacts
        patient={patient}
        hospitalName={hospitalNames.get(patient?.registeredHospitalId ?? '')}
        className="text-body-secondary mb-3"
      />

      {!state && (
        <Alert variant="info" data-testid="patient-record-hidden">
          {t('notOnDevice.recordHidden')}
        </Alert>
      )}
      {deleted && (
        <Alert variant="secondary" data-testid="patient-deleted">
          {t('page.deletedNotice')}
        </Alert>
      )}
      {state?.inConflict && (
        <Alert variant="warning" data-testid="patient-conflict">
          {t('page.conflict', { count: state.heads.length })}{' '}
          <Link to={historyPath(patientId, patientId)}>{t('page.seeVersions')}</Link>
        </Alert>
      )}
      {mergedInto && (
        <Alert variant="info" data-testid="patient-merged">
          {t('page.merged')}{' '}
          <Link to={`/patients/${mergedInto}`}>{survivor ?? t('page.mergedSurvivor')}</Link>{' '}
          <UnmergeButton patientId={patientId} name={name} />
        </Alert>
      )}

      <Row className="g-4">
        <Col lg={7}>
          <PatientStanding
            patientId={patientId}
            worklist={worklist}
            states={chart.states}
            canRecord={canRecord}
          />
          <PatientEpisodes patientId={patientId} episodes={episodes} />
          <MergedRecords patientId={patientId} />
        </Col>
        <Col lg={5}>
          {state && patient && (
            <PatientDetails
              patient={patient}
              actions={
                <>
                  {!deleted && (
                    <Link
                      to={`/patients/${patientId}/edit`}
                      className="btn btn-outline-primary d-inline-flex align-items-center"
                    >
                      {t('page.edit')}
                    </Link>
                  )}
                  <Link
                    to={historyPath(patientId, patientId)}
                    className="btn btn-outline-secondary d-inline-flex align-items-center"
                  >
                    {t('page.history')}
                  </Link>
                  <Link
                    to={`/patients/${patientId}/print`}
                    className="btn btn-outline-secondary d-inline-flex align-items-center"
                    data-testid="print-summary-link"
                  >
                    {t('print:open')}
                  </Link>
                  {!deleted && <DeletePatientButton state={state} name={name} />}
                </>
              }
            />
          )}
        </Col>
      </Row>
      {canRecord && <PatientActions patientId={patientId} worklist={worklist} />}
    </div>
  );
}
