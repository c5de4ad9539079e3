import type { ReviewRecord } from '../review/review-record';
import { textOf } from './operation-join';

export interface ReportRecords<R extends ReviewRecord = ReviewRecord> {
  patients: readonly R[];
  episodes: readonly R[];
}

/**
 * What a report over `matches` (a reviewFilterPredicate) reads: the patients that match, the
 * operations that match (by their own date and hospital), and the discharges and follow-ups of
 * those operations whatever their date or hospital, since an operation's outcome belongs to it.
 * Deleted records never count, whatever the filter says.
 */
export function selectReportRecords<R extends ReviewRecord>(
  { patients, episodes }: ReportRecords<R>,
  matches: (record: ReviewRecord) => boolean,
): ReportRecords<R> {
  const operations = new Set<string>();
  const selected: R[] = [];
  for (const episode of episodes)
    if (!episode.deleted && episode.data.type === 'surgery' && matches(episode)) {
      operations.add(episode.entityId);
      selected.push(episode);
    }
  for (const episode of episodes)
    if (
      !episode.deleted &&
      episode.data.type !== 'surgery' &&
      operations.has(textOf(episode.data.surgeryEpisodeId) ?? '')
    )
      selected.push(episode);
  return { patients: patients.filter((patient) => !patient.deleted && matches(patient)), episodes: selected };
}
