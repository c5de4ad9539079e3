import { useId } from 'react';
import ProgressBar from 'react-bootstrap/ProgressBar';
import { useTranslation } from 'react-i18next';
import type { ReviewLoad } from '../review-data/review-index';

interface LoadProgressProps {
  loading: ReviewLoad | undefined;
  /** What the screen shows meanwhile; by default, that the table fills as the charts come. */
  note?: string;
  testId?: string;
}

/** "Reading 12,000 of 30,000 charts…" while the device's charts are read for the first time. */
export function LoadProgress({ loading, note, testId = 'review-loading' }: LoadProgressProps) {
  const { t } = useTranslation('review');
  const barId = useId();
  if (!loading) return null;
  const { done, total } = loading;
  return (
    <div className="mb-3" data-testid={testId}>
      <p className="mb-1" role="status">
        {total === 0 ? t('loading.counting') : t('loading.progress', { done, total })}{' '}
        <span className="text-body-secondary">{note ?? t('loading.partial')}</span>
      </p>
      <span id={barId} className="visually-hidden">
        {t('loading.bar')}
      </span>
      <ProgressBar>
        <ProgressBar now={done} max={Math.max(total, 1)} aria-labelledby={barId} />
      </ProgressBar>
    </div>
  );
}
