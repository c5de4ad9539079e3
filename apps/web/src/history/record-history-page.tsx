import { useCallback, useMemo, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useServices } from '../app/services-context';
import { useChart } from '../app/use-chart';
import { useOutbox } from '../app/use-outbox';
import { useReference } from '../app/use-reference';
import { useCan, useUser } from '../app/use-session';
import { ConflictResolver } from '../conflicts/conflict-resolver';
import { recordPath, recordTitle } from '../patients/record-title';
import { useTranslate } from '../patients/use-translate';
import { ConflictPanel } from './conflict-panel';
import { recordFieldLabel } from './record-field-label';
import { recordVersionsNewestFirst } from './record-versions';
import { useValueWords } from './use-value-words';
import { VersionCard } from './version-card';

/**
 * Every version of one record of a chart (the patient, an episode or a log entry), newest first: who,
 * when, on which device, whether it has synced, and what it changed. A conflict shows its sides first.
 */
export function RecordHistoryPage() {
  const { t } = useTranslation('history');
  const { t: tr, language } = useTranslate('history');
  const { patientId = '', entityId = '' } = useParams();
  const { deviceId } = useServices();
  const user = useUser();
  const canResolve = useCan('resolveConflicts');
  const [resolved, setResolved] = useState(false);
  const { staff } = useReference();
  const chart = useChart(patientId);
  const state = chart.states.get(entityId);
  const versions = useMemo(
    () => recordVersionsNewestFirst(chart.versions, entityId),
    [chart.versions, entityId],
  );
  const byId = useMemo(() => new Map(versions.map((v) => [v.versionId, v])), [versions]);
  // What of this record still waits to sync or was refused: the outbox holds only unsynced work.
  const outboxRows = useOutbox();
  const outbox = useMemo(
    () => outboxRows && new Map(outboxRows.map((row) => [row.versionId, row])),
    [outboxRows],
  );
  const words = useValueWords(chart.states);

  const staffNames = useMemo(() => new Map(staff.map((s) => [s.id, s.fullName])), [staff]);
  const author = useCallback(
    (id: string) => {
      const name = staffNames.get(id) ?? (id === user.id ? user.fullName : id);
      return id === user.id ? t('you', { name }) : name;
    },
    [staffNames, user, t],
  );
  const device = useCallback((id: string) => (id === deviceId ? t('thisDevice') : id), [deviceId, t]);
  const episodeType = state?.preferred.data.type;
  const label = useCallback(
    (field: string) => (state ? recordFieldLabel(tr, state.entity, field, episodeType) : field),
    [tr, state, episodeType],
  );

  if (chart.loading) return <p>{t('common:loading')}</p>;
  if (!state)
    return (
      <>
        <h1 className="h3">{t('notFound.title')}</h1>
        <p data-testid="history-not-found">{t('notFound.body')}</p>
        <Link
          to={chart.versions.length > 0 ? `/patients/${patientId}` : '/'}
          className="btn btn-primary d-inline-flex align-items-center"
        >
          {chart.versions.length > 0 ? t('backToPatient') : t('common:notFound.home')}
        </Link>
      </>
    );

  const heads = new Set(state.heads.map((h) => h.versionId));
  return (
    <div data-testid="record-history">
      <h1 className="h3">{t('title', { record: recordTitle(tr, state, language, chart.states) })}</h1>
      <p className="d-flex flex-wrap gap-3">
        <Link to={recordPath(patientId, state)}>{t('backToRecord')}</Link>
        <span className="text-body-secondary">{t('versions', { count: versions.length })}</span>
        {state.deleted && <span className="fw-semibold">{t('recordDeleted')}</span>}
      </p>
      {resolved && !state.inConflict && (
        <Alert variant="success" role="status" dismissible onClose={() => setResolved(false)}>
          {t('conflicts:resolve.done')}
        </Alert>
      )}
      {state.inConflict && (
        <ConflictPanel heads={state.heads} author={author} device={device} label={label} words={words} />
      )}
      {state.inConflict && canResolve && (
        <ConflictResolver
          key={state.heads.map((h) => h.versionId).join()}
          state={state}
          states={chart.states}
          author={author}
          label={label}
          words={words}
          onResolved={() => setResolved(true)}
        />
      )}
      <h2 className="h5">{t('allVersions')}</h2>
      <ol className="list-unstyled" aria-label={t('allVersions')}>
        {versions.map((version) => (
          <VersionCard
            key={version.versionId}
            version={version}
            byId={byId}
            isHead={heads.has(version.versionId)}
            outbox={outbox?.get(version.versionId)}
            outboxKnown={outbox !== undefined}
            author={author}
            device={device}
            label={label}
            words={words}
          />
        ))}
      </ol>
    </div>
  );
}
