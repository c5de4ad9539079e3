import { VITAL_SIGN_RANGES } from '@registry/domain';
import { episodeFieldLabel } from './field-label';
import { codeLabel, type Translate } from './list-labels';
import { VITAL_SIGNS } from './log-entry-values';

const SEPARATOR = ' · ';

const shown = (value: unknown): string | undefined =>
  typeof value === 'number' || (typeof value === 'string' && value.trim() !== '') ? String(value) : undefined;

function vitalsText(t: Translate, data: Readonly<Record<string, unknown>>): string[] {
  const parts: string[] = [];
  const systolic = shown(data.systolic);
  const diastolic = shown(data.diastolic);
  for (const sign of VITAL_SIGNS) {
    if (sign === 'diastolic') continue;
    if (sign === 'systolic') {
      // Read together as "120/80", the way every chart writes a blood pressure.
      if (systolic || diastolic)
        parts.push(`${t('episodes:log.bloodPressure')} ${systolic ?? '?'}/${diastolic ?? '?'} mmHg`);
      continue;
    }
    const value = shown(data[sign]);
    if (value) parts.push(`${episodeFieldLabel(t, sign)} ${value} ${VITAL_SIGN_RANGES[sign].unit}`);
  }
  return parts;
}

/**
 * One line saying what a log entry records, in the screen's language: the note; the vital signs
 * with their units; drug, dose and route; or the complication and its description.
 */
export function logEntryText(t: Translate, data: Readonly<Record<string, unknown>>): string {
  switch (data.kind) {
    case 'note':
      return shown(data.text) ?? '';
    case 'vitals':
      return vitalsText(t, data).join(SEPARATOR);
    case 'medication': {
      const drug =
        data.drug === 'other'
          ? (shown(data.drugOther) ?? codeLabel(t, 'drug', 'other'))
          : codeLabel(t, 'drug', data.drug);
      const route = codeLabel(t, 'medicationRoute', data.route);
      return [drug, shown(data.dose), route].filter(Boolean).join(SEPARATOR);
    }
    case 'complication':
      return [codeLabel(t, 'complicationCode', data.code), shown(data.text)].filter(Boolean).join(SEPARATOR);
    default:
      return shown(data.text) ?? '';
  }
}
