import { useTranslation } from 'react-i18next';

export function EditEpisodePage() {
  const { t } = useTranslation();
  return <p>{t('loading')}</p>;
}
