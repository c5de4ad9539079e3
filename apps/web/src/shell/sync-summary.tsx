import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import ProgressBar from 'react-bootstrap/ProgressBar';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServices } from '../app/services-context';
import { useSyncState } from '../app/use-sync-state';
import { formatWhen } from './format-time';

/**
 * The sync state in words, one glance away: "3 changes waiting — last synced yesterday 16:40".
 * "Synced" appears only when the last run finished and nothing waits.
 */
export function SyncSummary({ withButton = false }: { withButton?: boolean }) {
  const { t, i18n } = useTranslation();
  const { sync } = useServices();
  const state = useSyncState();
  const when = state.lastSuccessAt ? formatWhen(state.lastSuccessAt, i18n.language) : undefined;
  const synced = !state.running && state.pending === 0 && when !== undefined && !state.lastError;
  const words = state.running
    ? t('sync.running')
    : synced
      ? t('sync.syncedAt', { when })
      : [
          state.pending > 0 ? t('sync.waiting', { count: state.pending }) : undefined,
          when ? t('sync.lastSynced', { when }) : t('sync.neverSynced'),
        ]
          .filter(Boolean)
          .join(' — ');
  return (
    <div data-testid="sync-summary" aria-live="polite">
      <div className="d-flex align-items-center gap-2 flex-wrap">
        <Badge
          bg={synced ? 'success' : state.pending > 0 ? 'warning' : 'secondary'}
          text={synced ? undefined : 'dark'}
        >
          {synced ? t('sync.synced') : state.running ? t('sync.running') : `${state.pending}`}
        </Badge>
        <span data-testid="sync-words">{words}</span>
        {state.rejected > 0 && <Badge bg="danger">{t('sync.rejected', { count: state.rejected })}</Badge>}
        {withButton && (
          <Button
            size="sm"
            variant="outline-primary"
            disabled={state.running}
            onClick={() => void sync.syncNow()}
          >
            {t('sync.now')}
          </Button>
        )}
      </div>
      {state.running && state.progress && (
        // The name goes on the bar itself (role="progressbar"); on the outer box it would be prohibited.
        <ProgressBar className="mt-2">
          <ProgressBar
            animated
            now={100}
            label={t('sync.progress', { pulled: state.progress.pulled, pushed: state.progress.pushed })}
            aria-label={t('sync.running')}
          />
        </ProgressBar>
      )}
      {!state.running && state.lastError && (
        <div className="text-danger small mt-1" role="status" data-testid="sync-error">
          {t(`sync.errors.${state.lastError.kind}`)}{' '}
          {state.lastError.kind === 'signed-out' && <Link to="/sign-in">{t('signIn.title')}</Link>}
        </div>
      )}
    </div>
  );
}
