import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import type { ParamProblem } from './review-params';

/** What the address asked for that could not be used, a sentence per parameter; nothing when all was used. */
export function FilterProblems({ problems }: { problems: readonly ParamProblem[] }) {
  const { t } = useTranslation('review');
  if (problems.length === 0) return null;
  return (
    <Alert variant="warning" className="mt-3 mb-0" data-testid="review-filter-problems">
      <p className="mb-1">{t('problems.title')}</p>
      <ul className="mb-0">
        {problems.map(({ param, value, reason }) => (
          <li key={param}>
            {reason === 'invalid'
              ? t(`problems.invalid.${param}`, { value })
              : t(`problems.${reason}`, { param, value })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
