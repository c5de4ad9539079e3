import { useTranslation } from 'react-i18next';
import { LoadProgress } from '../review/load-progress';
import type { ReviewLoad } from '../review-data/review-index';

/**
 * The review tables' progress while the device's charts are read the first time, saying that the
 * reports wait: unlike the tables, which fill as the charts come, a rate over part of them would mislead.
 */
export function ReportsLoading({ loading }: { loading: ReviewLoad }) {
  const { t } = useTranslation('reports');
  return <LoadProgress loading={loading} note={t('loading.wait')} testId="reports-loading" />;
}
