import type { DeviceExport } from '@registry/domain';
import Alert from 'react-bootstrap/Alert';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../../shell/format-time';
import type { ImportOutcome } from './import-device-export';

const NOT_SENT_KEY = {
  'not-allowed': 'import.notSentNotAllowed',
  offline: 'import.notSentOffline',
  'signed-out': 'import.notSentSignedOut',
} as const;

/** What an import did, in sentences; and the changes the server refused, each with its reason. */
export function ImportOutcomeView({ outcome, file }: { outcome: ImportOutcome; file: DeviceExport }) {
  const { t, i18n } = useTranslation('deviceExport');
  const added = outcome.ownAdded + outcome.sentToServer;
  const sentences = [
    outcome.ownAdded > 0 && t('import.ownAdded', { count: outcome.ownAdded }),
    outcome.sentToServer > 0 && t('import.sentToServer', { count: outcome.sentToServer }),
    added === 0 && t('import.nothingAdded'),
    outcome.alreadyHere > 0 && t('import.doneAlreadyHere', { count: outcome.alreadyHere }),
    outcome.alreadyOnServer > 0 && t('import.doneAlreadyOnServer', { count: outcome.alreadyOnServer }),
    outcome.ownWaiting > 0 && t('import.ownWaiting', { count: outcome.ownWaiting }),
    outcome.othersNotSent > 0 &&
      t(outcome.othersBlocked ? NOT_SENT_KEY[outcome.othersBlocked] : 'import.notSentFailed', {
        count: outcome.othersNotSent,
      }),
  ].filter((s): s is string => typeof s === 'string');
  const byId = new Map(file.versions.map((v) => [v.versionId, v]));
  const trouble = outcome.failure !== undefined || outcome.refused.length > 0 || outcome.othersNotSent > 0;
  return (
    <div data-testid="import-outcome" aria-live="polite">
      <Alert variant={trouble ? 'warning' : 'success'} className="mb-2">
        <Alert.Heading as="h3" className="h6">
          {t('import.doneTitle')}
        </Alert.Heading>
        <p className="mb-0">{sentences.join(' ')}</p>
        {outcome.failure && outcome.othersBlocked === undefined && (
          <p className="mb-0 mt-2">{t('import.failure', { message: outcome.failure.message })}</p>
        )}
      </Alert>
      {outcome.refused.length > 0 && (
        <section aria-labelledby="import-refused-title">
          <h3 id="import-refused-title" className="h6">
            {t('import.refusedTitle')}
          </h3>
          <p className="small">{t('import.refusedIntro')}</p>
          <ListGroup data-testid="import-refused">
            {outcome.refused.map(({ versionId, reason }) => {
              const version = byId.get(versionId);
              const name = typeof version?.data.fullName === 'string' ? version.data.fullName : undefined;
              return (
                <ListGroup.Item key={versionId}>
                  {version && (
                    <div className="fw-semibold">
                      {t(`entity.${version.entity}`)}
                      {name ? `: ${name}` : ''}{' '}
                      <span className="small fw-normal text-body-secondary">
                        {t('import.savedBy', { when: formatWhen(version.createdAt, i18n.language) })}
                      </span>
                    </div>
                  )}
                  <div>
                    <strong>{t('import.reason')}:</strong> {reason}
                  </div>
                </ListGroup.Item>
              );
            })}
          </ListGroup>
        </section>
      )}
    </div>
  );
}
