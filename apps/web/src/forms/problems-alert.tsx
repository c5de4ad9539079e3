import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';

/** Impossible values the domain refused, each in its own sentence; the form keeps everything typed. */
export function ProblemsAlert({ problems }: { problems: readonly string[] }) {
  const { t } = useTranslation('forms');
  if (problems.length === 0) return null;
  return (
    <Alert variant="danger" role="alert" data-testid="problems">
      <p className="mb-1 fw-semibold">{t('notSaved')}</p>
      <ul className="mb-0">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </Alert>
  );
}
