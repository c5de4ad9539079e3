import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslate } from '../patients/use-translate';
import type { ReviewEntry } from '../review-data/review-entry';
import { useReviewRecords } from '../review-data/use-review-records';
import { formatDate } from '../shell/format-time';
import { REVIEW_FILTER_FIELDS } from './filter-fields';
import { completenessWords, hospitalWords, patientWords, StatusBadges } from './review-cells';
import { DEFAULT_EPISODE_SORT, EPISODE_COLUMNS, episodeSorts, primarySurgeonOf } from './review-columns';
import type { TableColumn } from './review-table';
import { ReviewTablePage } from './review-table-page';
import { useReviewLookups } from './use-review-lookups';

/** Every operation, discharge and follow-up on the device, for coordinators. */
export function ReviewEpisodesPage() {
  const records = useReviewRecords();
  const lookups = useReviewLookups();
  const { t } = useTranslate('review');
  const sorts = useMemo(() => episodeSorts(lookups), [lookups]);
  const columns = useMemo((): TableColumn[] => {
    const type = (e: ReviewEntry) => lookups.label('episodeType', e.data.type);
    const surgeon = (e: ReviewEntry) => {
      const id = primarySurgeonOf(e);
      if (!id) return '';
      return lookups.staffName(id) ?? t('episodes:form.unknownPerson', { id: id.slice(0, 8) });
    };
    const cells: Record<(typeof EPISODE_COLUMNS)[number], Omit<TableColumn, 'id' | 'header'>> = {
      date: {
        // The link that opens the episode; its hidden words tell it apart from the other rows' links.
        cell: (e) => (
          <Link to={`/patients/${e.patientId}/episodes/${e.entityId}`} className="text-nowrap fw-semibold">
            {e.date ? formatDate(e.date, lookups.language) : t('noDate')}
            <span className="visually-hidden">
              {`, ${t('episodeOf', { type: type(e), name: patientWords(t, e) })}`}
            </span>
          </Link>
        ),
      },
      type: { cell: type },
      patient: { cell: (e) => <Link to={`/patients/${e.patientId}`}>{patientWords(t, e)}</Link> },
      hospital: { cell: (e) => hospitalWords(t, lookups, e) },
      surgeon: { cell: surgeon },
      completeness: { cell: (e) => completenessWords(t, e) },
      status: { cell: (e) => <StatusBadges entry={e} /> },
    };
    return EPISODE_COLUMNS.map((id) => ({ id, header: t(`column.${id}`), ...cells[id] }));
  }, [t, lookups]);
  return (
    <ReviewTablePage
      table="episodes"
      records={records}
      fields={REVIEW_FILTER_FIELDS}
      columns={columns}
      sorts={sorts}
      defaultSort={DEFAULT_EPISODE_SORT}
      lookups={lookups}
    />
  );
}
