import type { Count } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../shell/scroll-table';
import type { ReportLabels } from './report-labels';

export interface CountTableProps {
  caption: string;
  /** The heading of the first column: what the rows are. */
  groupHeading: string;
  /** The heading of the counts; "Operations" unless they count something else. */
  countHeading?: string;
  counts: readonly Count[];
  labelOf: (key: string) => string;
  labels: ReportLabels;
  /** Shown as a caption only to assistive technology (the figure around the table has one). */
  hiddenCaption?: boolean;
}

/** Operations per group, each with its share of all of them, and the total. */
export function CountTable({
  caption,
  groupHeading,
  countHeading,
  counts,
  labelOf,
  labels,
  hiddenCaption,
}: CountTableProps) {
  const { t } = useTranslation('reports');
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <ScrollTable label={caption} size="sm" striped className="mb-4">
      <caption className={hiddenCaption ? 'visually-hidden' : 'caption-top h6 text-body'}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeading}</th>
          <th scope="col" className="text-end">
            {countHeading ?? t('operations.count')}
          </th>
          <th scope="col" className="text-end">
            {t('operations.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map(({ key, count }) => (
          <tr key={key}>
            <th scope="row" className="fw-normal">
              {labelOf(key)}
            </th>
            <td className="text-end">{labels.number(count)}</td>
            <td className="text-end text-nowrap">{labels.share({ count, of: total })}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('operations.total')}</th>
          <td className="text-end fw-semibold">{labels.number(total)}</td>
          <td />
        </tr>
      </tfoot>
    </ScrollTable>
  );
}
