import type { ReactNode } from 'react';
import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';
import type { ReviewEntry } from '../review-data/review-entry';
import type { ReviewSort } from './review-params';

export interface TableColumn {
  id: string;
  header: string;
  cell: (entry: ReviewEntry) => ReactNode;
  /** For numbers: right-aligned, so that digits line up. */
  numeric?: boolean;
}

export interface ReviewTableProps {
  /** What the table lists, for its caption ("Review: patients"). */
  title: string;
  columns: readonly TableColumn[];
  rows: readonly ReviewEntry[];
  sort: ReviewSort;
  /** A header was chosen: sort by it (the page decides the direction). */
  onSort: (column: string) => void;
  /** The rows are being recomputed for a new filter or sort. */
  busy?: boolean;
}

const ARROWS = { asc: '▲', desc: '▼' } as const;

/**
 * A dense table of review entries. Each header is a button that sorts by its column; the sorted
 * column carries aria-sort, and the caption says the order in words for those who cannot see arrows.
 */
export function ReviewTable({ title, columns, rows, sort, onSort, busy = false }: ReviewTableProps) {
  const { t } = useTranslation('review');
  const sortedBy = columns.find((c) => c.id === sort.column)?.header ?? sort.column;
  return (
    <Table size="sm" striped hover responsive className="align-middle" aria-busy={busy}>
      <caption className="visually-hidden">
        {t('caption', { table: title, column: sortedBy, order: t(`order.${sort.direction}`) })}
      </caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const active = column.id === sort.column;
            return (
              <th
                key={column.id}
                scope="col"
                className={`text-nowrap ${column.numeric ? 'text-end' : ''}`}
                aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button
                  type="button"
                  className="btn btn-link p-0 fw-semibold text-reset text-decoration-none"
                  onClick={() => onSort(column.id)}
                >
                  {column.header}
                  <span aria-hidden="true" className={`ms-1 small ${active ? '' : 'text-body-tertiary'}`}>
                    {active ? ARROWS[sort.direction] : '↕'}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className={busy ? 'opacity-50' : undefined}>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="text-body-secondary py-3">
              {t('empty')}
            </td>
          </tr>
        ) : (
          rows.map((entry) => (
            <tr key={entry.entityId}>
              {columns.map((column) => (
                <td key={column.id} className={column.numeric ? 'text-end' : undefined}>
                  {column.cell(entry)}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
