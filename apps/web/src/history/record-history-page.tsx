import { useTranslation } from 'react-i18next';

export function RecordHistoryPage() {
  const { t } = useTranslation();
  return <p>{t('loading')}</p>;
}
