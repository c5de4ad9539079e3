import type { DuplicatePair, PatientData } from '@registry/domain';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatientSummary } from '../local/patient-summary';
import { PatientFacts } from '../patients/patient-facts';
import { useHospitalNames } from '../patients/use-hospital-names';
import { useTranslate } from '../patients/use-translate';
import { formatDate } from '../shell/format-time';
import { isEvidenceAgainst, reasonWords } from './reason-words';

interface DuplicatePairCardProps {
  n: number;
  pair: DuplicatePair;
  a: PatientSummary;
  b: PatientSummary;
  busy: boolean;
  onKeep: (survivor: PatientSummary, duplicate: PatientSummary) => void;
  onDismiss: () => void;
}

const nameOf = (summary: PatientSummary) => summary.patient?.fullName ?? summary.patientId;

/** One possible pair: both patients side by side, the evidence either way, and what to do about it. */
export function DuplicatePairCard({ n, pair, a, b, busy, onKeep, onDismiss }: DuplicatePairCardProps) {
  const { t, i18n } = useTranslation('duplicates');
  const { t: tr } = useTranslate('duplicates');
  const hospitals = useHospitalNames();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const forReasons = pair.reasons.filter((r) => !isEvidenceAgainst(r));
  const against = pair.reasons.filter(isEvidenceAgainst);
  const headingId = `pair-${pair.a}-${pair.b}`;

  return (
    <Card as="article" className="mb-3" aria-labelledby={headingId} data-testid="duplicate-pair">
      <Card.Header>
        <h2 id={headingId} className="h6 mb-0">
          {t('pair', { n })}: {nameOf(a)} / {nameOf(b)} —{' '}
          <span className="fw-normal">{t('likely', { percent: percent.format(pair.score) })}</span>
        </h2>
      </Card.Header>
      <Card.Body>
        <Row xs={1} md={2} className="g-3 mb-2">
          {[a, b].map((summary) => (
            <Col key={summary.patientId}>
              <div className="border rounded p-2 h-100">
                <Link to={`/patients/${summary.patientId}`} className="fw-semibold">
                  {nameOf(summary)}
                </Link>
                <PatientFacts
                  patient={summary.patient as Partial<PatientData> | undefined}
                  hospitalName={hospitals.get(summary.patient?.registeredHospitalId ?? '')}
                />
                {summary.patient?.nationalId && (
                  <div className="small text-body-secondary">
                    {tr('patientFields:nationalId')}: {summary.patient.nationalId}
                  </div>
                )}
                {summary.lastEpisodeDate && (
                  <div className="small text-body-secondary">
                    {t('lastEpisode', { date: formatDate(summary.lastEpisodeDate, i18n.language) })}
                  </div>
                )}
              </div>
            </Col>
          ))}
        </Row>
        <Row xs={1} md={2} className="g-3 mb-3 small">
          <Col>
            <h3 className="h6">{t('for')}</h3>
            <ul className="mb-0">
              {forReasons.map((reason) => (
                <li key={reason.code}>{reasonWords(tr, reason, i18n.language)}</li>
              ))}
            </ul>
          </Col>
          {against.length > 0 && (
            <Col>
              <h3 className="h6">{t('against')}</h3>
              <ul className="mb-0">
                {against.map((reason) => (
                  <li key={reason.code}>{reasonWords(tr, reason, i18n.language)}</li>
                ))}
              </ul>
            </Col>
          )}
        </Row>
        <div className="d-flex flex-wrap gap-2">
          <Button variant="outline-primary" disabled={busy} onClick={() => onKeep(a, b)}>
            {t('keep', { name: nameOf(a) })} <span className="small">({t('keepHint')})</span>
          </Button>
          <Button variant="outline-primary" disabled={busy} onClick={() => onKeep(b, a)}>
            {t('keep', { name: nameOf(b) })} <span className="small">({t('keepHint')})</span>
          </Button>
          <Button variant="outline-secondary" disabled={busy} onClick={onDismiss}>
            {t('notSame')}
          </Button>
        </div>
      </Card.Body>
    </Card>
  );
}
