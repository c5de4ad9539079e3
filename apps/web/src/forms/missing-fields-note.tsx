import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';

/** What the reports still need from this record: shown, never refused (DOMAIN.md, "Missing is not invalid"). */
export function MissingFieldsNote({ labels }: { labels: readonly string[] }) {
  const { t } = useTranslation();
  if (labels.length === 0) return null;
  return (
    <Alert variant="warning" data-testid="missing-fields">
      <p className="mb-1 fw-semibold">{t('missing', { count: labels.length })}</p>
      <p className="mb-0 small">{labels.join(', ')}</p>
    </Alert>
  );
}
