import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatientSummary } from '../local/patient-summary';

export interface PatientBadgesProps {
  /** Some record of the patient's chart has several versions in conflict. */
  inConflict?: boolean;
  deleted?: boolean;
  /** The patient was merged into another (a duplicate). */
  merged?: boolean;
  className?: string;
}

/** Conflict, deleted and merged badges, each in words (colour is never the only signal). */
export function PatientBadges({ inConflict, deleted, merged, className = '' }: PatientBadgesProps) {
  const { t } = useTranslation('patients');
  if (!inConflict && !deleted && !merged) return null;
  return (
    <span className={`d-inline-flex flex-wrap gap-1 align-middle ${className}`}>
      {inConflict && (
        <Badge bg="warning" text="dark" data-testid="badge-conflict">
          {t('common:conflict')}
        </Badge>
      )}
      {deleted && (
        <Badge bg="secondary" data-testid="badge-deleted">
          {t('common:deleted')}
        </Badge>
      )}
      {merged && (
        <Badge bg="info" text="dark" data-testid="badge-merged">
          {t('badge.merged')}
        </Badge>
      )}
    </span>
  );
}

/** The badges a patient summary calls for: a conflict anywhere in the chart, deleted, merged. */
export function summaryBadges(summary: PatientSummary): PatientBadgesProps {
  return {
    inConflict: summary.inConflict || summary.conflictRecordIds.length > 0,
    deleted: summary.deleted,
    merged: Boolean(summary.patient?.mergedInto),
  };
}

export interface PatientNameProps {
  summary: PatientSummary;
  /** Link the name to the patient's page (default true). */
  link?: boolean;
  className?: string;
}

/**
 * A patient's name with its badges, for any list of patients. A chart whose patient record is not on
 * the device (registered at a hospital this user cannot see) is named as such rather than left blank.
 */
export function PatientName({ summary, link = true, className = '' }: PatientNameProps) {
  const { t } = useTranslation('patients');
  const name = summary.patient?.fullName ?? t('notOnDevice.name');
  return (
    <span className={`d-inline-flex flex-wrap align-items-center gap-2 ${className}`}>
      {link ? (
        <Link to={`/patients/${summary.patientId}`} className="fw-semibold">
          {name}
        </Link>
      ) : (
        <span className="fw-semibold">{name}</span>
      )}
      <PatientBadges {...summaryBadges(summary)} />
    </span>
  );
}
