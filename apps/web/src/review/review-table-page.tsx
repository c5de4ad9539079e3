import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCan } from '../app/use-session';
import type { ReviewRecords } from '../review-data/use-review-records';
import { ExportButtons } from './export-buttons';
import { ReviewFilterBar } from './filter-bar';
import { filterForTable, type ReviewFilterField, type TableKind } from './filter-fields';
import { LoadProgress } from './load-progress';
import type { ColumnSort } from './review-columns';
import type { ReviewSort } from './review-params';
import { writeReviewParams } from './review-params';
import { ReviewTable, type TableColumn } from './review-table';
import { TablePagination } from './table-pagination';
import { useReviewFilter } from './use-review-filter';
import type { ReviewContext } from './use-review-lookups';
import { useReviewQuery } from './use-review-query';

export interface ReviewTablePageProps {
  table: TableKind;
  records: ReviewRecords;
  fields: readonly ReviewFilterField[];
  columns: readonly TableColumn[];
  /** How each column sorts, by column id (memoised with `lookups`). */
  sorts: Readonly<Record<string, ColumnSort>>;
  defaultSort: ReviewSort;
  lookups: ReviewContext;
}

/**
 * A coordinator's review table over every record of its kind on the device: the filter bar, exports
 * of the same selection from the server, the sorted table and its pages. Filter, sort and page live
 * in the address.
 */
export function ReviewTablePage({
  table,
  records,
  fields,
  columns,
  sorts,
  defaultSort,
  lookups,
}: ReviewTablePageProps) {
  const { t } = useTranslation('review');
  const canExport = useCan('export');
  const { filter, problems, sort, page, setFilter, setSort, setPage } = useReviewFilter(
    fields,
    columns.map((column) => column.id),
  );
  const applied = sort ?? defaultSort;
  const shown = useReviewQuery({
    entries: records[table],
    loading: records.loading !== undefined,
    filter,
    sort: applied,
    page,
    sorts,
    lookups,
  });
  const top = useRef<HTMLDivElement>(null);
  const title = t(`title.${table}`);

  const onSort = (column: string) => {
    const again = column === applied.column;
    setSort({ column, direction: again && applied.direction === 'asc' ? 'desc' : 'asc' });
  };
  const onPage = (next: number) => {
    setPage(next);
    top.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      <h1 className="h3 mb-3">{title}</h1>
      <nav aria-label={t('tabs.label')}>
        <ul className="nav nav-tabs mb-3">
          {(['patients', 'episodes'] as const).map((other) => (
            <li className="nav-item" key={other}>
              <NavLink
                className="nav-link"
                to={{
                  pathname: `/review/${other}`,
                  search: writeReviewParams({ filter: filterForTable(other, filter) }).toString(),
                }}
              >
                {t(`tabs.${other}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <LoadProgress loading={records.loading} />
      <ReviewFilterBar
        filter={filter}
        onChange={setFilter}
        fields={fields}
        count={shown.total}
        noun={table}
        problems={problems}
      />
      {canExport && <ExportButtons table={table} filter={filter} />}
      <div ref={top}>
        <ReviewTable
          title={title}
          columns={columns}
          rows={shown.rows}
          sort={applied}
          onSort={onSort}
          busy={shown.stale}
        />
      </div>
      <TablePagination shown={shown} onPage={onPage} />
    </>
  );
}
