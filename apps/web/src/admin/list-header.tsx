import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';
import type { Loaded } from './use-loaded';

interface ListHeaderProps {
  addLabel: string;
  onAdd: () => void;
  /** The last change, in words: announced, and kept in view until the next one. */
  notice: string;
  /** The list below, whose loading or failure is shown here; nothing is added before it is there. */
  list: Pick<Loaded<unknown>, 'value' | 'error' | 'loading' | 'reload'>;
}

/** Above a list the admin keeps (users, hospitals): its Add button, the last change, and its loading. */
export function ListHeader({ addLabel, onAdd, notice, list }: ListHeaderProps) {
  const { t } = useTranslation('admin');
  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <Button onClick={onAdd} disabled={!list.value}>
          {addLabel}
        </Button>
        <span role="status" className="ms-2">
          {notice}
        </span>
      </div>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {list.loading && !list.value && <Spinner animation="border" role="status" aria-label={t('loading')} />}
    </>
  );
}
