import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * What a patient address shows when the patient record is not on the device: nothing of the chart
 * at all (a wrong or not yet synced link), or only episodes (the patient was registered at a hospital
 * this user is not a member of, so the server does not send the patient record).
 */
export function PatientMissing({ patientId, hasChart }: { patientId: string; hasChart: boolean }) {
  const { t } = useTranslation('patients');
  if (hasChart)
    return (
      <Alert variant="info" data-testid="patient-record-hidden">
        {t('notOnDevice.recordHidden')}{' '}
        <Link to={`/patients/${patientId}`}>{t('notOnDevice.openChart')}</Link>
      </Alert>
    );
  return (
    <>
      <h1 className="h3">{t('notOnDevice.title')}</h1>
      <p data-testid="patient-not-found">{t('notOnDevice.body')}</p>
      <Link to="/" className="btn btn-primary d-inline-flex align-items-center">
        {t('common:notFound.home')}
      </Link>
    </>
  );
}
