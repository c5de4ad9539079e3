import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslate } from '../patients/use-translate';
import { useReviewRecords } from '../review-data/use-review-records';
import { formatDate } from '../shell/format-time';
import type { ReviewFilterField } from './filter-fields';
import { completenessWords, hospitalWords, patientWords, StatusBadges } from './review-cells';
import { birthYearOf, DEFAULT_PATIENT_SORT, PATIENT_COLUMNS, patientSorts } from './review-columns';
import type { TableColumn } from './review-table';
import { ReviewTablePage } from './review-table-page';
import { useReviewLookups } from './use-review-lookups';

/** Patients have no surgeon or kind of episode: those filters belong to the episodes table. */
const PATIENT_FIELDS: readonly ReviewFilterField[] = [
  'dates',
  'hospital',
  'region',
  'completeness',
  'conflict',
  'deleted',
];

/** Every patient on the device, for coordinators: filter, sort, page, open, export. */
export function ReviewPatientsPage() {
  const records = useReviewRecords();
  const lookups = useReviewLookups();
  const { t } = useTranslate('review');
  const sorts = useMemo(() => patientSorts(lookups), [lookups]);
  const columns = useMemo((): TableColumn[] => {
    const cells: Record<(typeof PATIENT_COLUMNS)[number], Omit<TableColumn, 'id' | 'header'>> = {
      name: {
        cell: (e) => (
          <Link to={`/patients/${e.patientId}`} className="fw-semibold">
            {patientWords(t, e)}
          </Link>
        ),
      },
      gender: { cell: (e) => lookups.label('gender', e.data.gender) },
      birthYear: { cell: (e) => birthYearOf(e), numeric: true },
      hospital: { cell: (e) => hospitalWords(t, lookups, e) },
      registered: {
        cell: (e) => <span className="text-nowrap">{formatDate(e.date, lookups.language)}</span>,
      },
      completeness: { cell: (e) => completenessWords(t, e) },
      status: { cell: (e) => <StatusBadges entry={e} /> },
    };
    return PATIENT_COLUMNS.map((id) => ({ id, header: t(`column.${id}`), ...cells[id] }));
  }, [t, lookups]);
  return (
    <ReviewTablePage
      table="patients"
      records={records}
      fields={PATIENT_FIELDS}
      columns={columns}
      sorts={sorts}
      defaultSort={DEFAULT_PATIENT_SORT}
      lookups={lookups}
    />
  );
}
