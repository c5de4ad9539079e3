import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../shell/format-time';

/** Says that unsaved entries from an earlier visit were put back, with a way to start again. */
export function DraftNote({
  restoredAt,
  onDiscard,
}: {
  restoredAt?: string;
  onDiscard: () => void | Promise<void>;
}) {
  const { t, i18n } = useTranslation('forms');
  if (!restoredAt) return null;
  return (
    <Alert variant="info" className="d-flex flex-wrap align-items-center gap-2" data-testid="draft-restored">
      <span className="flex-grow-1">
        {t('draftRestored', { when: formatWhen(restoredAt, i18n.language) })}
      </span>
      <Button variant="outline-secondary" onClick={() => void onDiscard()}>
        {t('discardDraft')}
      </Button>
    </Alert>
  );
}
