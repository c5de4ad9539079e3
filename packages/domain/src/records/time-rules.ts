import { isInFuture } from './dates';
import type { EpisodeData, SurgeryReference } from './episode';
import type { EventLogData } from './event-log';
import { episodeDateLabel } from './field-labels';
import type { PatientData } from './patient';
import type { Problem } from './problems';

// Rules that need the clock or another record, so they cannot live in the static schemas.
// They run on data the schema has accepted.

export function patientTimeProblems(patient: PatientData, now: Date): Problem[] {
  const problems: Problem[] = [];
  const { birthYear, birthDate } = patient;
  if (birthYear !== undefined && isInFuture(`${birthYear}-01-01`, now)) {
    problems.push({ field: 'birthYear', message: `The birth year ${birthYear} is in the future.` });
  }
  if (birthDate && isInFuture(birthDate, now)) {
    problems.push({ field: 'birthDate', message: `The birth date ${birthDate} is in the future.` });
  }
  return problems;
}

export function episodeTimeProblems(
  episode: EpisodeData,
  now: Date,
  surgery: SurgeryReference | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const label = episodeDateLabel(episode.type);
  const operationDate = episode.type === 'surgery' ? episode.date : surgery?.date;
  const { date } = episode;
  if (date && isInFuture(date, now)) {
    problems.push({ field: 'date', message: `The ${label} ${date} is in the future.` });
  } else if (date && episode.type !== 'surgery' && operationDate && date < operationDate) {
    problems.push({
      field: 'date',
      message: `The ${label} ${date} is before the operation date ${operationDate}.`,
    });
  }
  episode.complications?.forEach((complication, index) => {
    const when = complication.date;
    const field = `complications.${index}.date`;
    const which = `The date of complication ${index + 1} (${when})`;
    if (!when) return;
    if (isInFuture(when, now)) problems.push({ field, message: `${which} is in the future.` });
    else if (operationDate && when < operationDate) {
      problems.push({ field, message: `${which} is before the operation date ${operationDate}.` });
    }
  });
  return problems;
}

export function eventLogTimeProblems(entry: EventLogData, now: Date): Problem[] {
  if (!entry.at || !isInFuture(entry.at, now)) return [];
  return [{ field: 'at', message: `The time of the log entry ${entry.at} is in the future.` }];
}
