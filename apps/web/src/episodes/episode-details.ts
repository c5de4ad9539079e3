import { FOLLOW_UP_FINDINGS } from '@registry/domain';
import { episodeFieldLabel } from './field-label';
import { listOfField } from './field-lists';
import { codeLabel, type Translate } from './list-labels';

const STAFF_FIELDS = new Set(['primarySurgeonId', 'secondarySurgeonId', 'tertiarySurgeonId', 'attendeeIds']);

/** How ids and dates are put into words; the screen passes what it knows (directory, language). */
export interface DetailLookups {
  staffName(id: string): string;
  hospitalName(id: string): string;
  operationName(id: string): string;
  date(date: string): string;
}

const asText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

/**
 * One field's value in words: list labels for codes, names for staff and hospitals, dates as people
 * write them, lists joined. Shared by the episode page and (through its exports) history views.
 */
export function episodeValueText(
  t: Translate,
  field: string,
  value: unknown,
  lookups: DetailLookups,
): string {
  if (Array.isArray(value)) {
    if (field === 'complications') return value.map((c) => complicationText(t, c, lookups)).join('; ');
    return value.map((item) => episodeValueText(t, field, item, lookups)).join(', ');
  }
  if (typeof value === 'string') {
    const list = listOfField(field);
    if (list) return codeLabel(t, list, value);
    if (STAFF_FIELDS.has(field)) return lookups.staffName(value);
    if (field === 'hospitalId') return lookups.hospitalName(value);
    if (field === 'surgeryEpisodeId') return lookups.operationName(value);
    if (field === 'date') return lookups.date(value);
  }
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return asText(value);
}

/** "Bleeding, 3 Nov 2026: oozing from the wound". */
export function complicationText(t: Translate, complication: unknown, lookups: DetailLookups): string {
  if (typeof complication !== 'object' || complication === null) return asText(complication);
  const { code, text, date } = complication as Record<string, unknown>;
  const head = [codeLabel(t, 'complicationCode', code), typeof date === 'string' ? lookups.date(date) : '']
    .filter(Boolean)
    .join(', ');
  const tail = asText(text);
  return head && tail ? `${head}: ${tail}` : head || tail;
}

const COMMON_FIRST = ['date', 'hospitalId', 'surgeryEpisodeId'];
const COMMON_LAST = ['attendeeIds', 'comments'];
const ORDER: Readonly<Record<string, readonly string[]>> = {
  surgery: [
    'herniaSite',
    'herniaSiteOther',
    'cepod',
    'side',
    'occurrence',
    'previousRepair',
    'previousRepairCount',
    'herniaType',
    'size',
    'complexity',
    'meshType',
    'meshBrand',
    'anaesthetic',
    'anaestheticOther',
    'diathermyUsed',
    'prophylacticAntibiotics',
    'antibioticTimings',
    'additionalProcedure',
    'additionalProcedureOther',
    'primarySurgeonId',
    'secondarySurgeonId',
    'tertiarySurgeonId',
  ],
  discharge: ['anyComplications', 'antibioticsOnDischarge', 'antibioticsIvDays', 'antibioticsOralDays'],
  followUp: [
    'pain',
    'painComment',
    ...[...FOLLOW_UP_FINDINGS, 'furtherSurgeryNeeded'].flatMap((f) => [f, `${f}Comment`]),
  ],
};
const NOT_SHOWN = new Set(['type', 'patientId', 'complications']);

export interface DetailRow {
  field: string;
  label: string;
  value: string;
}

/**
 * The recorded fields of an episode as label and value, in the order of its form; complications one
 * row each. Fields this app does not know (from a newer version) come last, by name, not hidden.
 */
export function episodeDetailRows(
  t: Translate,
  data: Readonly<Record<string, unknown>>,
  lookups: DetailLookups,
): DetailRow[] {
  const type = data.type;
  const order = [...COMMON_FIRST, ...(ORDER[asText(type)] ?? []), ...COMMON_LAST];
  const unknown = Object.keys(data).filter((f) => !order.includes(f) && !NOT_SHOWN.has(f));
  const rows: DetailRow[] = [];
  for (const field of [...order, ...unknown]) {
    const value = episodeValueText(t, field, data[field], lookups);
    if (value !== '') rows.push({ field, label: episodeFieldLabel(t, field, type), value });
  }
  const complications = Array.isArray(data.complications) ? data.complications : [];
  complications.forEach((complication, index) => {
    const field = `complications.${index}`;
    rows.push({
      field,
      label: episodeFieldLabel(t, field),
      value: complicationText(t, complication, lookups),
    });
  });
  return rows;
}
