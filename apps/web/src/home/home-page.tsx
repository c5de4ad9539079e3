import { useMemo } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePatientIndex } from '../app/use-patients';
import { useUser } from '../app/use-session';
import { useSyncState } from '../app/use-sync-state';
import { useHospitalNames } from '../patients/use-hospital-names';
import { formatDate, today } from '../shell/format-time';
import { PatientSearch } from './patient-search';
import { WorklistSection } from './worklist-section';
import { buildWorklists, type WorklistItem } from './worklists';

/** The surgeon's start: find or register a patient, then what is waiting for them. */
export function HomePage() {
  const { t, i18n } = useTranslation('home');
  const user = useUser();
  const index = usePatientIndex();
  const { rejected } = useSyncState();
  const names = useHospitalNames();
  const hospitalName = (id: string | undefined) => (id ? names.get(id) : undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index object stays the same; its revision says it changed
  const lists = useMemo(() => buildWorklists(index.all(), today()), [index, index.revision]);
  const toOperation = (item: WorklistItem) =>
    item.surgeryId
      ? `/patients/${item.summary.patientId}/episodes/${item.surgeryId}`
      : `/patients/${item.summary.patientId}`;

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
        <h1 className="h4 mb-0">{t('greeting', { name: user.fullName })}</h1>
        <Link className="btn btn-primary btn-lg" to="/patients/new">
          {t('registerNew')}
        </Link>
      </div>
      <PatientSearch />
      {rejected > 0 && (
        <Alert variant="danger" data-testid="rejected-notice">
          {t('rejected')}: {rejected}. <Link to="/sync">{t('seeRejected')}</Link>
        </Alert>
      )}
      <h2 className="h5 mt-4 mb-3">{t('worklists')}</h2>
      <div className="row">
        <div className="col-md-6">
          <WorklistSection
            id="pending-discharge"
            title={t('pendingDischarge')}
            items={lists.pendingDischarge}
            hospitalName={hospitalName}
            detail={(item) =>
              item.date ? t('operatedOn', { date: formatDate(item.date, i18n.language) }) : undefined
            }
            link={toOperation}
          />
          <WorklistSection
            id="follow-up-due"
            title={t('followUpDue')}
            items={lists.followUpDue}
            hospitalName={hospitalName}
            detail={(item) =>
              item.date ? t('dueSince', { date: formatDate(item.date, i18n.language) }) : undefined
            }
            link={toOperation}
          />
        </div>
        <div className="col-md-6">
          <WorklistSection
            id="conflicts"
            title={t('conflicts')}
            items={lists.conflicts}
            hospitalName={hospitalName}
          />
          <WorklistSection
            id="incomplete"
            title={t('incomplete')}
            items={lists.incomplete}
            hospitalName={hospitalName}
          />
        </div>
      </div>
    </>
  );
}
