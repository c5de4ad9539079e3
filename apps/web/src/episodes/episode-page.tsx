import { useTranslation } from 'react-i18next';

export function EpisodePage() {
  const { t } = useTranslation();
  return <p>{t('loading')}</p>;
}
