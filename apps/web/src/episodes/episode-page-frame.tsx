import type { ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnyState } from '../local/patient-summary';

interface FrameProps {
  patientId: string;
  title: string;
  /** The patient's record from the chart, to name them under the heading. */
  patient?: AnyState | undefined;
  /** Shown beside the heading: conflict and deleted badges. */
  badges?: ReactNode;
  children?: ReactNode;
}

/** Every episode screen: a way back to the patient, one h1, and whose record this is. */
export function EpisodePageFrame({ patientId, title, patient, badges, children }: FrameProps) {
  const { t } = useTranslation('episodes');
  const name = patient?.entity === 'patient' ? patient.preferred.data.fullName : undefined;
  return (
    <div className="episode-page mx-auto" style={{ maxWidth: '60rem' }}>
      <Link
        to={`/patients/${patientId}`}
        className="d-inline-flex align-items-center mb-2"
        style={{ minHeight: 44 }}
        data-testid="back-to-patient"
      >
        <span aria-hidden="true" className="me-1">
          ←
        </span>
        {t('backToPatient')}
      </Link>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-1">
        <h1 className="h3 mb-0">{title}</h1>
        {badges}
      </div>
      {typeof name === 'string' && <p className="text-body-secondary mb-3">{t('patientName', { name })}</p>}
      {children}
    </div>
  );
}

/** A clear sentence instead of a form or page that cannot be shown. */
export function EpisodeProblem({ message }: { message: string }) {
  return (
    <Alert variant="warning" role="alert" className="mt-3">
      {message}
    </Alert>
  );
}
