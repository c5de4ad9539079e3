import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWriter } from '../app/use-writer';
import { ConfirmModal } from '../forms/confirm-modal';
import type { AnyState } from '../local/patient-summary';
import { formatDate } from '../shell/format-time';
import { logEntriesOf } from './chart-episodes';
import { codeLabel } from './list-labels';
import { LogEntryForm } from './log-entry-form';
import { logEntryText } from './log-entry-text';
import { softDeleteRecord } from './save-episode';

interface EpisodeLogProps {
  patientId: string;
  episode: AnyState;
  states: ReadonlyMap<string, AnyState>;
}

/** "3 Nov 2026 14:05" from a stored date or local date-time, without moving it across time zones. */
function formatAt(at: unknown, language: string): string | undefined {
  if (typeof at !== 'string' || at === '') return undefined;
  const time = /T(\d\d:\d\d)/.exec(at)?.[1];
  return time ? `${formatDate(at.slice(0, 10), language)} ${time}` : formatDate(at, language);
}

/** The episode's log (DOMAIN.md, "Log entry"): its entries in time order and a form to add one. */
export function EpisodeLog({ patientId, episode, states }: EpisodeLogProps) {
  const { t, i18n } = useTranslation(['episodes', 'common']);
  const writer = useWriter();
  const [deleting, setDeleting] = useState<AnyState | undefined>();
  const entries = logEntriesOf(states, episode.entityId);
  const data = episode.preferred.data;
  const owner = {
    episodeId: episode.entityId,
    patientId: typeof data.patientId === 'string' ? data.patientId : patientId,
    hospitalId: typeof data.hospitalId === 'string' ? data.hospitalId : undefined,
  };
  return (
    <section className="mb-5" aria-labelledby="log-title">
      <h2 id="log-title" className="h5">
        {t('log.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="text-body-secondary">{t('log.empty')}</p>
      ) : (
        <ListGroup as="ol" className="mb-3" data-testid="log-entries">
          {entries.map((entry) => {
            const entryData = entry.preferred.data;
            return (
              <ListGroup.Item
                as="li"
                key={entry.entityId}
                className="d-flex flex-wrap gap-2 align-items-start"
              >
                <div className="flex-grow-1" style={{ minWidth: '12rem' }}>
                  <div className="small text-body-secondary">
                    {formatAt(entryData.at, i18n.language) ?? t('log.untimed')} ·{' '}
                    {codeLabel(t, 'eventLogKind', entryData.kind)}
                    {entry.inConflict && (
                      <Badge bg="warning" text="dark" className="ms-2">
                        {t('common:conflict')}
                      </Badge>
                    )}
                  </div>
                  <div className="text-break">{logEntryText(t, entryData) || t('log.nothing')}</div>
                </div>
                <div className="d-flex gap-2">
                  <Link
                    to={`/patients/${patientId}/history/${entry.entityId}`}
                    className="btn d-inline-flex align-items-center btn-sm btn-outline-secondary"
                    aria-label={t('log.entryHistory')}
                  >
                    {t('page.history')}
                  </Link>
                  {!episode.deleted && (
                    <Button variant="outline-danger" size="sm" onClick={() => setDeleting(entry)}>
                      {t('log.deleteEntry')}
                    </Button>
                  )}
                </div>
              </ListGroup.Item>
            );
          })}
        </ListGroup>
      )}
      {!episode.deleted && (
        <>
          <h3 className="h6 mt-4">{t('log.add')}</h3>
          <LogEntryForm owner={owner} />
        </>
      )}
      <ConfirmModal
        show={deleting !== undefined}
        title={t('remove.entryTitle')}
        confirmLabel={t('remove.confirm')}
        variant="danger"
        onClose={() => setDeleting(undefined)}
        onConfirm={() => (deleting ? softDeleteRecord(writer, deleting) : Promise.resolve({ ok: true }))}
      >
        {t('remove.entryBody')}
      </ConfirmModal>
    </section>
  );
}
