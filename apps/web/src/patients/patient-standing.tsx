import type { PatientWorklist } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnyState } from '../local/patient-summary';
import { formatDate } from '../shell/format-time';
import { historyPath, recordPath, recordTitle } from './record-title';
import { useTranslate } from './use-translate';

interface StandingProps {
  patientId: string;
  worklist: PatientWorklist;
  states: ReadonlyMap<string, AnyState>;
  /** Links to record episodes are offered (not for a deleted or merged patient). */
  canRecord: boolean;
}

/** "Where the patient stands": what the worklists say about this chart, in words, with the next step. */
export function PatientStanding({ patientId, worklist, states, canRecord }: StandingProps) {
  const { t: tr, language } = useTranslate();
  const { t } = useTranslation('patients');
  const date = (d: string | undefined) => (d ? formatDate(d, language) : undefined);
  const newEpisode = (type: string, surgeryId: string) =>
    `/patients/${patientId}/episodes/new/${type}?surgery=${encodeURIComponent(surgeryId)}`;
  const records = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const state = states.get(id);
      if (!state) return [];
      // Within the patient's own page the patient record is "Patient details", not their name again.
      const title =
        state.entity === 'patient' ? t('record.patient') : recordTitle(tr, state, language, states);
      return [{ id, state, title }];
    });
  const incomplete = records(worklist.incompleteRecordIds);
  const conflicts = records(worklist.conflictRecordIds);
  const nothing =
    worklist.pendingDischarge.length + worklist.followUpDue.length + incomplete.length + conflicts.length ===
    0;

  return (
    <section aria-labelledby="standing-heading" className="mb-4" data-testid="patient-standing">
      <h2 id="standing-heading" className="h5">
        {t('standing.title')}
      </h2>
      {nothing && <p className="text-body-secondary">{t('standing.nothing')}</p>}
      <ul className="list-unstyled mb-0 d-flex flex-column gap-2">
        {worklist.pendingDischarge.map((op) => (
          <li key={`d-${op.surgeryId}`} className="border-start border-4 border-info ps-2">
            {op.date
              ? t('standing.pendingDischarge', { date: date(op.date) })
              : t('standing.pendingDischargeUndated')}{' '}
            {canRecord && <Link to={newEpisode('discharge', op.surgeryId)}>{t('actions.discharge')}</Link>}
          </li>
        ))}
        {worklist.followUpDue.map((op) => (
          <li key={`f-${op.surgeryId}`} className="border-start border-4 border-info ps-2">
            {op.dueFrom
              ? t('standing.followUpDue', {
                  date: date(op.dueFrom),
                  operation: date(op.date) ?? t('episode.noDate'),
                })
              : t('standing.followUpDueUndated')}{' '}
            {canRecord && <Link to={newEpisode('followUp', op.surgeryId)}>{t('actions.followUp')}</Link>}
          </li>
        ))}
        {incomplete.length > 0 && (
          <li className="border-start border-4 border-warning ps-2">
            {t('standing.incomplete', { count: incomplete.length })}
            <ul className="mb-0">
              {incomplete.map((r) => (
                <li key={r.id}>
                  <Link
                    to={
                      r.state.entity === 'patient'
                        ? `/patients/${patientId}/edit`
                        : recordPath(patientId, r.state)
                    }
                  >
                    {r.title}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        )}
        {conflicts.length > 0 && (
          <li className="border-start border-4 border-danger ps-2">
            {t('standing.conflicts', { count: conflicts.length })}
            <ul className="mb-0">
              {conflicts.map((r) => (
                <li key={r.id}>
                  <Link to={historyPath(patientId, r.id)}>{r.title}</Link>
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </section>
  );
}
