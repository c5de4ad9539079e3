import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { adminErrorText } from './admin-error';

/** A failed call in words, announced at once; `onRetry` offers to try again. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: (() => void) | undefined }) {
  const { t } = useTranslation('admin');
  if (error === undefined) return null;
  return (
    <Alert variant="danger" role="alert" className="d-flex flex-wrap align-items-center gap-2">
      <span className="me-auto">{adminErrorText(t, error)}</span>
      {onRetry && (
        <Button size="sm" variant="outline-danger" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </Alert>
  );
}
