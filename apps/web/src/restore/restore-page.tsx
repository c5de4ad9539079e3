import { useMemo, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Table from 'react-bootstrap/Table';
import { useSearchParams } from 'react-router';
import { useServices } from '../app/services-context';
import { useWriter } from '../app/use-writer';
import type { SaveOutcome } from '../episodes/save-episode';
import { useEpisodeLookups } from '../episodes/use-episode-lookups';
import { type AnyState, chartStates } from '../local/patient-summary';
import { useTranslate } from '../patients/use-translate';
import type { ReviewEntry } from '../review-data/review-entry';
import { useReviewRecords } from '../review-data/use-review-records';
import { formatWhen } from '../shell/format-time';
import { DeletedRecordRow } from './deleted-record-row';
import {
  DELETED_KINDS,
  deletedRecords,
  deletedRecordTitle,
  filterFromParams,
  pageOf,
} from './deleted-records';
import { Pager } from './pager';
import { RestoreConfirmModal } from './restore-confirm-modal';
import { restoreRecord } from './restore-record';

/** Staff names are all this screen needs of the episode lookups: no chart to name operations from. */
const NO_CHART: ReadonlyMap<string, AnyState> = new Map();

/**
 * `/restore` (admins): the soft-deleted patients and episodes on this device, the most recent
 * deletion first, searchable by name and filterable by kind in the address bar, each restorable
 * after a confirmation. A restored record leaves the list as soon as the device's store has it.
 */
export function RestorePage() {
  const { t, language } = useTranslate('restore');
  const records = useReviewRecords();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const { store } = useServices();
  const writer = useWriter();
  const { staffName } = useEpisodeLookups(NO_CHART);
  const [confirming, setConfirming] = useState<ReviewEntry>();
  const [restored, setRestored] = useState<string>();

  const deleted = useMemo(
    () => deletedRecords(records.patients, records.episodes, { name: filter.name, kind: filter.kind }),
    [records.patients, records.episodes, filter.name, filter.kind],
  );
  const shown = pageOf(deleted, filter.page);
  const title = (entry: ReviewEntry) => deletedRecordTitle(t, entry, language);

  /** Changes what the address bar keeps; a new search or kind starts again at the first page. */
  const change = (key: 'q' | 'type' | 'page', value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === '' || (key === 'page' && value === '1')) next.delete(key);
        else next.set(key, value);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );

  const restore = async (entry: ReviewEntry): Promise<SaveOutcome> => {
    // Read as it is now: a sync may have changed the record since the list was drawn.
    const state = chartStates(await store.chart(entry.patientId)).get(entry.entityId);
    if (!state?.deleted) return { ok: false, problems: [t('gone')] };
    const outcome = await restoreRecord(writer, state);
    if (outcome.ok) setRestored(title(entry));
    return outcome;
  };

  return (
    <div data-testid="restore-page">
      <h1 className="h3">{t('title')}</h1>
      <p className="text-body-secondary">{t('intro')}</p>
      {restored && (
        <Alert
          variant="success"
          role="status"
          dismissible
          onClose={() => setRestored(undefined)}
          data-testid="restored"
        >
          {t('restored', { what: restored })}
        </Alert>
      )}

      <Form role="search" className="mb-3" onSubmit={(event) => event.preventDefault()}>
        <Row className="g-2">
          <Col md={7}>
            <Form.Group controlId="restore-search">
              <Form.Label>{t('search')}</Form.Label>
              <Form.Control
                type="search"
                value={filter.name}
                onChange={(event) => change('q', event.target.value)}
                autoComplete="off"
              />
            </Form.Group>
          </Col>
          <Col md={5}>
            <Form.Group controlId="restore-kind">
              <Form.Label>{t('kind.label')}</Form.Label>
              <Form.Select value={filter.kind ?? ''} onChange={(event) => change('type', event.target.value)}>
                <option value="">{t('kind.all')}</option>
                {DELETED_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kind.${kind}`)}
                  </option>
                ))}
              </Form.Select>
            </Form.Group>
          </Col>
        </Row>
      </Form>

      {records.loading && (
        <p role="status">{t('loading', { done: records.loading.done, total: records.loading.total })}</p>
      )}
      {deleted.length === 0 ? (
        !records.loading && (
          <p data-testid="no-deleted">{filter.name || filter.kind ? t('noneMatch') : t('none')}</p>
        )
      ) : (
        <>
          <p aria-live="polite">{t('count', { count: deleted.length })}</p>
          <Table responsive hover className="align-middle">
            <caption className="visually-hidden">{t('table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.record')}</th>
                <th scope="col">{t('table.deletedBy')}</th>
                <th scope="col">{t('table.deletedAt')}</th>
                <th scope="col">{t('table.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.items.map((entry) => (
                <DeletedRecordRow
                  key={entry.entityId}
                  entry={entry}
                  what={title(entry)}
                  deletedBy={staffName(entry.changedBy)}
                  deletedAt={formatWhen(entry.changedAt, language)}
                  onRestore={setConfirming}
                />
              ))}
            </tbody>
          </Table>
          <Pager page={shown.page} pages={shown.pages} onPage={(page) => change('page', String(page))} />
        </>
      )}

      <RestoreConfirmModal
        entry={confirming}
        what={confirming ? title(confirming) : ''}
        onConfirm={restore}
        onClose={() => setConfirming(undefined)}
      />
    </div>
  );
}
