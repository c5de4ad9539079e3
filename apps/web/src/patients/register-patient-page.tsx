import { useTranslation } from 'react-i18next';

export function RegisterPatientPage() {
  const { t } = useTranslation();
  return <p>{t('loading')}</p>;
}
