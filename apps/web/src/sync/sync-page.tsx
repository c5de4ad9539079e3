import { useTranslation } from 'react-i18next';

export function SyncPage() {
  const { t } = useTranslation();
  return <p>{t('loading')}</p>;
}
