import { useTranslation } from 'react-i18next';
import type { PrintSummary } from './print-summary';

/**
 * What a reader of the paper must know before trusting it: the patient is deleted or merged, their
 * details are not on this device, or some record is in conflict or not yet synced. Printed in a box
 * rather than as a screen warning, since warnings are not printed.
 */
export function PrintedNotes({ summary }: { summary: PrintSummary }) {
  const { t } = useTranslation('print');
  const notes = [
    !summary.patient && t('patients:notOnDevice.recordHidden'),
    summary.deleted && t('notes.deleted'),
    summary.merged && t('notes.merged'),
    summary.conflicts > 0 && t('notes.conflicts', { count: summary.conflicts }),
    summary.unsynced > 0 && t('notes.unsynced', { count: summary.unsynced }),
  ].filter((note): note is string => typeof note === 'string');
  if (notes.length === 0) return null;
  return (
    <ul className="border border-2 border-dark rounded p-2 ps-4 mb-3" data-testid="printed-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
