import { useTranslation } from 'react-i18next';

export function EditPatientPage() {
  const { t } = useTranslation();
  return <p>{t('loading')}</p>;
}
