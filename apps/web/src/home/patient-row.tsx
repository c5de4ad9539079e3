import Badge from 'react-bootstrap/Badge';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatientSummary } from '../local/patient-summary';

/** One patient in a list: name, birth year, hospital number and phone, with badges that say why it is there. */
export function PatientRow({
  summary,
  hospitalName,
  detail,
  to,
}: {
  summary: PatientSummary;
  hospitalName?: string;
  detail?: string;
  to?: string;
}) {
  const { t } = useTranslation('home');
  const { t: tc } = useTranslation();
  const p = summary.patient;
  const facts = [
    p?.birthYear ? t('born', { year: p.birthYear }) : undefined,
    hospitalName,
    p?.hospitalNumber ? t('hospitalNumber', { number: p.hospitalNumber }) : undefined,
    p?.phones?.[0]?.number,
    detail,
  ].filter(Boolean);
  return (
    <ListGroup.Item action as={Link} to={to ?? `/patients/${summary.patientId}`} className="py-2">
      <div className="d-flex justify-content-between align-items-start gap-2">
        <span className="fw-semibold">{p?.fullName ?? t('patientNotOnDevice')}</span>
        <span className="d-flex gap-1">
          {summary.conflictRecordIds.length > 0 && (
            <Badge bg="warning" text="dark">
              {tc('conflict')}
            </Badge>
          )}
          {summary.deleted && <Badge bg="secondary">{tc('deleted')}</Badge>}
        </span>
      </div>
      <div className="small text-body-secondary">{facts.join(' · ')}</div>
    </ListGroup.Item>
  );
}
