import { useTranslation } from 'react-i18next';
import { ConfirmModal, type ConfirmOutcome } from '../forms/confirm-modal';
import type { ReviewEntry } from '../review-data/review-entry';

interface RestoreConfirmProps {
  /** The record to restore; the modal is closed when there is none. */
  entry: ReviewEntry | undefined;
  /** What it is, in words (as its row says). */
  what: string;
  onConfirm: (entry: ReviewEntry) => Promise<ConfirmOutcome>;
  onClose: () => void;
}

/** Says what a restore does before doing it (UX.md): shown again, history kept, a patient alone. */
export function RestoreConfirmModal({ entry, what, onConfirm, onClose }: RestoreConfirmProps) {
  const { t } = useTranslation('restore');
  return (
    <ConfirmModal
      show={entry !== undefined}
      title={t('confirm.title', { what })}
      confirmLabel={t('confirm.button')}
      variant="primary"
      onConfirm={() => (entry ? onConfirm(entry) : Promise.resolve({ ok: true }))}
      onClose={onClose}
    >
      <ul className="mb-0">
        <li>{t('confirm.shows')}</li>
        <li>{t('confirm.history')}</li>
        {entry?.entity === 'patient' && (
          <li data-testid="restore-patient-only">{t('confirm.patientOnly')}</li>
        )}
      </ul>
    </ConfirmModal>
  );
}
