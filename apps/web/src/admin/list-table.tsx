import type { ReactNode } from 'react';
import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';

interface ListTableProps {
  /** Says what the table lists, to screen readers (the screen's heading says it to everyone else). */
  caption: string;
  /** The columns' words, by their keys in the 'admin' namespace. */
  headers: readonly string[];
  /** A long log rather than a list to act on: small text, tight rows, no row highlighted on hover. */
  compact?: boolean;
  /** The rows, each led by a `th scope="row"` or not, as the table needs. */
  children: ReactNode;
}

/** The admin screens' tables: a hidden caption and column headers, so each cell is read with its column. */
export function ListTable({ caption, headers, compact = false, children }: ListTableProps) {
  const { t } = useTranslation('admin');
  return (
    <Table
      responsive
      hover={!compact}
      size={compact ? 'sm' : undefined}
      className={compact ? 'align-middle small' : 'align-middle'}
    >
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {headers.map((key) => (
            <th scope="col" key={key}>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </Table>
  );
}
