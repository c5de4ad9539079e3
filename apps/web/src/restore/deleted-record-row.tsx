import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { historyPath } from '../patients/record-title';
import type { ReviewEntry } from '../review-data/review-entry';

interface DeletedRecordRowProps {
  entry: ReviewEntry;
  /** What it is, in words. */
  what: string;
  deletedBy: string;
  deletedAt: string;
  onRestore: (entry: ReviewEntry) => void;
}

/** One deleted record: what it is, who deleted it and when, its history and the way back. */
export function DeletedRecordRow({ entry, what, deletedBy, deletedAt, onRestore }: DeletedRecordRowProps) {
  const { t } = useTranslation('restore');
  return (
    <tr data-testid="deleted-record">
      <td>
        <span className="d-block small text-body-secondary">{t(`entity.${entry.entity}`)}</span>
        {what}
      </td>
      <td>{deletedBy}</td>
      <td>{deletedAt}</td>
      <td>
        <div className="d-flex flex-wrap gap-2">
          <Link
            to={historyPath(entry.patientId, entry.entityId)}
            className="btn btn-outline-secondary d-inline-flex align-items-center"
          >
            {t('history')}
            <span className="visually-hidden">: {what}</span>
          </Link>
          <Button variant="outline-primary" onClick={() => onRestore(entry)}>
            {t('restore')}
            <span className="visually-hidden">: {what}</span>
          </Button>
        </div>
      </td>
    </tr>
  );
}
