import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReference } from '../app/use-reference';
import type { AnyState } from '../local/patient-summary';
import { historyPath, recordTitle } from '../patients/record-title';
import { useTranslate } from '../patients/use-translate';
import { formatWhen } from '../shell/format-time';
import { useConflictQueue } from './use-conflict-queue';

/** The coordinators' queue of every record in conflict on the device, each a link to resolve it. */
export function ConflictsPage() {
  const { t } = useTranslation('conflicts');
  const { t: tr, language } = useTranslate();
  const { staff } = useReference();
  const queue = useConflictQueue();
  const names = new Map(staff.map((s) => [s.id, s.fullName]));
  const patientName = (states: ReadonlyMap<string, AnyState>, id: string) => {
    const name = states.get(id)?.preferred.data.fullName;
    return typeof name === 'string' ? name : t('patients:notOnDevice.name');
  };

  return (
    <>
      <h1 className="h3">{t('queue.title')}</h1>
      <p>{t('queue.intro')}</p>
      {queue === undefined ? (
        <p role="status">{t('queue.loading')}</p>
      ) : queue.length === 0 ? (
        <p data-testid="conflict-queue-empty">{t('queue.none')}</p>
      ) : (
        <Table responsive hover className="align-middle" data-testid="conflict-queue">
          <caption className="caption-top">{t('queue.count', { count: queue.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.record')}</th>
              <th scope="col">{t('queue.patient')}</th>
              <th scope="col">{t('queue.sides')}</th>
              <th scope="col">{t('queue.lastChanged')}</th>
              <th scope="col">{t('queue.by')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map(({ patientId, state, states, lastChangedAt, authorIds }) => (
              <tr key={state.entityId}>
                <th scope="row">
                  <Link
                    to={historyPath(patientId, state.entityId)}
                    aria-describedby={`open-${state.entityId}`}
                  >
                    {recordTitle(tr, state, language, states)}
                  </Link>
                  <span id={`open-${state.entityId}`} className="visually-hidden">
                    {t('queue.open')}
                  </span>
                </th>
                <td>{patientName(states, patientId)}</td>
                <td>{state.heads.length}</td>
                <td>{formatWhen(lastChangedAt, language)}</td>
                <td>{authorIds.map((id) => names.get(id) ?? id).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
