import { useTranslation } from 'react-i18next';

export function PatientPage() {
  const { t } = useTranslation();
  return <p>{t('loading')}</p>;
}
