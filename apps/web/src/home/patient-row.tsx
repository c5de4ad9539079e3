import ListGroup from 'react-bootstrap/ListGroup';
import { Link } from 'react-router';
import type { PatientSummary } from '../local/patient-summary';
import { PatientBadges, summaryBadges } from '../patients/patient-badges';
import { patientFacts } from '../patients/patient-facts';
import { useTranslate } from '../patients/use-translate';

/** One patient in a list: name and badges, then the facts that tell namesakes apart and why it is listed. */
export function PatientRow({
  summary,
  hospitalName,
  detail,
  to,
}: {
  summary: PatientSummary;
  hospitalName?: string | undefined;
  detail?: string | undefined;
  to?: string | undefined;
}) {
  const { t, language } = useTranslate();
  const facts = [...patientFacts(t, summary.patient, language, hospitalName), detail].filter(Boolean);
  return (
    <ListGroup.Item action as={Link} to={to ?? `/patients/${summary.patientId}`} className="py-2">
      <div className="d-flex justify-content-between align-items-start gap-2">
        <span className="fw-semibold">{summary.patient?.fullName ?? t('patients:notOnDevice.name')}</span>
        <PatientBadges {...summaryBadges(summary)} />
      </div>
      <div className="small text-body-secondary">{facts.join(' · ')}</div>
    </ListGroup.Item>
  );
}
