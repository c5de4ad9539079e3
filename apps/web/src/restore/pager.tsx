import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Previous and next page, with where one is in words; nothing when everything fits on one page. */
export function Pager({ page, pages, onPage }: PagerProps) {
  const { t } = useTranslation('restore');
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pages.label')} className="d-flex flex-wrap align-items-center gap-2">
      <Button variant="outline-primary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pages.previous')}
      </Button>
      <span aria-current="page">{t('pages.position', { page, pages })}</span>
      <Button variant="outline-primary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('pages.next')}
      </Button>
    </nav>
  );
}
