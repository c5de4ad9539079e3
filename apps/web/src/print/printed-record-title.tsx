import { useTranslation } from 'react-i18next';
import type { PrintedRecord } from './print-summary';

/** A record's heading on paper, with its conflict or unsynced state in words (no colour on paper). */
export function PrintedRecordTitle({ record }: { record: PrintedRecord }) {
  const { t } = useTranslation('print');
  const marks = [record.inConflict && t('common:conflict'), record.unsynced && t('notSynced')].filter(
    Boolean,
  );
  return (
    <>
      {record.title}
      {marks.length > 0 && <span className="fw-normal fst-italic"> ({marks.join(', ')})</span>}
    </>
  );
}
