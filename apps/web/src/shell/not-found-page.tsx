import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="h4">{t('notFound.title')}</h1>
      <p>
        {t('notFound.body')} <Link to="/">{t('notFound.home')}</Link>.
      </p>
    </>
  );
}
