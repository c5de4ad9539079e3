import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatientSummary } from '../local/patient-summary';
import { PatientName } from './patient-badges';
import { PatientFacts } from './patient-facts';
import { useHospitalNames } from './use-hospital-names';

/**
 * Patients that may be the one being registered, each with the facts that tell them apart and a
 * link to open them instead of registering a duplicate.
 */
export function PatientMatches({ matches, testId }: { matches: readonly PatientSummary[]; testId?: string }) {
  const { t } = useTranslation('patients');
  const hospitalNames = useHospitalNames();
  if (matches.length === 0) return null;
  return (
    <ListGroup as="ul" data-testid={testId}>
      {matches.map((summary) => {
        const name = summary.patient?.fullName ?? t('notOnDevice.name');
        return (
          <ListGroup.Item
            as="li"
            key={summary.patientId}
            className="d-flex flex-column flex-sm-row align-items-sm-center gap-2"
          >
            <div className="flex-grow-1">
              <PatientName summary={summary} link={false} />
              <PatientFacts
                patient={summary.patient}
                hospitalName={hospitalNames.get(summary.patient?.registeredHospitalId ?? '')}
              />
            </div>
            <Link
              to={`/patients/${summary.patientId}`}
              className="btn btn-outline-primary flex-shrink-0 d-inline-flex align-items-center justify-content-center"
              aria-label={t('register.openNamed', { name })}
            >
              {t('register.open')}
            </Link>
          </ListGroup.Item>
        );
      })}
    </ListGroup>
  );
}
