import { useTranslation } from 'react-i18next';

export function NewEpisodePage() {
  const { t } = useTranslation();
  return <p>{t('loading')}</p>;
}
