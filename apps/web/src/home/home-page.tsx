import { useTranslation } from 'react-i18next';

export function HomePage() {
  const { t } = useTranslation();
  return <p>{t('loading')}</p>;
}
