import { episodeFieldLabel } from '../episodes/field-label';
import { codeLabel, type Translate } from '../episodes/list-labels';
import type { AnyState } from '../local/patient-summary';
import { formatDate } from '../shell/format-time';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/**
 * What a record of a chart is called in links and headings: the patient's name, "Operation, 3 Nov
 * 2026", "Vital signs, 4 Nov 2026 (Operation, 3 Nov 2026)". `states` finds a log entry's episode.
 */
export function recordTitle(
  t: Translate,
  state: AnyState,
  language: string,
  states?: ReadonlyMap<string, AnyState>,
): string {
  const data = state.preferred.data;
  switch (state.entity) {
    case 'patient':
      return text(data.fullName) ?? t('patients:record.patient');
    case 'episode': {
      const type = codeLabel(t, 'episodeType', data.type) || episodeFieldLabel(t, 'type');
      const date = text(data.date);
      return date ? `${type}, ${formatDate(date, language)}` : `${type}, ${t('patients:episode.noDate')}`;
    }
    case 'eventLog': {
      const kind = codeLabel(t, 'eventLogKind', data.kind) || t('patients:record.logEntry');
      const at = text(data.at);
      const own = at ? `${kind}, ${formatDate(at.slice(0, 10), language)}` : kind;
      const episode = typeof data.episodeId === 'string' ? states?.get(data.episodeId) : undefined;
      return episode?.entity === 'episode' ? `${own} (${recordTitle(t, episode, language)})` : own;
    }
  }
}

/** The page a record is seen on: the patient page, or the episode page (a log entry is shown there). */
export function recordPath(patientId: string, state: AnyState): string {
  if (state.entity === 'episode') return `/patients/${patientId}/episodes/${state.entityId}`;
  const episodeId = state.preferred.data.episodeId;
  if (state.entity === 'eventLog' && typeof episodeId === 'string')
    return `/patients/${patientId}/episodes/${episodeId}`;
  return `/patients/${patientId}`;
}

export function historyPath(patientId: string, entityId: string): string {
  return `/patients/${patientId}/history/${entityId}`;
}
