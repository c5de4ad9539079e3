import type { ReactNode } from 'react';
import Pagination from 'react-bootstrap/Pagination';
import { useTranslation } from 'react-i18next';
import { pageWindow } from './page-window';
import type { EntryPage } from './query-entries';

/** A symbol for the eye and its name for everyone else (react-bootstrap's own names are English only). */
function Named({ symbol, name }: { symbol: ReactNode; name: string }) {
  return (
    <>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{name}</span>
    </>
  );
}

/** "Rows 51–100 of 1,234" and the pages around the current one, first and last always in reach. */
export function TablePagination({
  shown,
  onPage,
}: {
  shown: Pick<EntryPage<unknown>, 'page' | 'pageCount' | 'first' | 'last' | 'total'>;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('review');
  const { page, pageCount, first, last, total } = shown;
  return (
    <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-4">
      <p className="mb-0" data-testid="review-rows">
        {t('pages.rows', { first, last, total })}
      </p>
      {pageCount > 1 && (
        <nav aria-label={t('pages.label')}>
          <Pagination className="mb-0 flex-wrap">
            <Pagination.Item disabled={page === 1} onClick={() => onPage(1)}>
              <Named symbol="«" name={t('pages.first')} />
            </Pagination.Item>
            <Pagination.Item disabled={page === 1} onClick={() => onPage(page - 1)}>
              <Named symbol="‹" name={t('pages.previous')} />
            </Pagination.Item>
            {pageWindow(page, pageCount).map((mark, i) =>
              mark === 'gap' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a gap is known only by its place
                <Pagination.Item key={`gap-${i}`} disabled>
                  <Named symbol="…" name={t('pages.gap')} />
                </Pagination.Item>
              ) : (
                <Pagination.Item
                  key={mark}
                  active={mark === page}
                  activeLabel={t('pages.current')}
                  onClick={() => onPage(mark)}
                >
                  <Named symbol={t('pages.number', { n: mark })} name={t('pages.page', { n: mark })} />
                </Pagination.Item>
              ),
            )}
            <Pagination.Item disabled={page === pageCount} onClick={() => onPage(page + 1)}>
              <Named symbol="›" name={t('pages.next')} />
            </Pagination.Item>
            <Pagination.Item disabled={page === pageCount} onClick={() => onPage(pageCount)}>
              <Named symbol="»" name={t('pages.last')} />
            </Pagination.Item>
          </Pagination>
        </nav>
      )}
    </div>
  );
}
