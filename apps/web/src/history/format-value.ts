/** What a stored id stands for, so that a history shows names rather than UUIDs. */
export type ReferenceKind = 'hospital' | 'staff' | 'patient' | 'episode';

/** The words and look-ups formatValue needs, supplied by the screen in its language. */
export interface ValueWords {
  /** Shown for a value that is absent. */
  empty: string;
  yes: string;
  no: string;
  /** The label of a list code for a field path (`gender`, `complications.code`); the code itself if unknown. */
  code(field: string, code: string): string;
  /** The name of what an id stands for, or undefined when it is not on the device. */
  reference(kind: ReferenceKind, id: string): string | undefined;
  /** A YYYY-MM-DD date for people. */
  date(date: string): string;
}

const ID_FIELDS: Readonly<Record<string, ReferenceKind>> = {
  hospitalId: 'hospital',
  registeredHospitalId: 'hospital',
  primarySurgeonId: 'staff',
  secondarySurgeonId: 'staff',
  tertiarySurgeonId: 'staff',
  attendeeIds: 'staff',
  patientId: 'patient',
  mergedInto: 'patient',
  notDuplicateOf: 'patient',
  surgeryEpisodeId: 'episode',
  episodeId: 'episode',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/** The last part of a path, so that `complications.date` is treated as a date like `date`. */
const leaf = (field: string) => field.slice(field.lastIndexOf('.') + 1);

/**
 * A stored value as one readable line: list codes as their labels, ids as names, dates as dates,
 * phones as "number (comment)", lists joined with "; ". Never throws, whatever the record holds.
 */
export function formatValue(field: string, value: unknown, words: ValueWords): string {
  if (value === undefined || value === null || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return formatText(field, value, words);
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    return value.map((item) => formatValue(field, item, words)).join('; ');
  }
  if (typeof value === 'object') return formatGroup(field, value as Record<string, unknown>, words);
  return String(value);
}

function formatText(field: string, value: string, words: ValueWords): string {
  const kind = ID_FIELDS[leaf(field)];
  if (kind) return words.reference(kind, value) ?? value;
  if (DATE.test(value)) return words.date(value);
  const dateTime = DATE_TIME.exec(value);
  if (dateTime) return `${words.date(dateTime[1] ?? '')} ${dateTime[2]}`;
  return words.code(field, value);
}

/** One item of a list (a phone, a complication) or any other group of fields. */
function formatGroup(field: string, group: Record<string, unknown>, words: ValueWords): string {
  const part = (key: string) => {
    const v = group[key];
    return v === undefined || v === null || v === '' ? undefined : formatValue(`${field}.${key}`, v, words);
  };
  if (field === 'phones') {
    const number = part('number');
    const comment = part('comment');
    return number && comment ? `${number} (${comment})` : (number ?? comment ?? words.empty);
  }
  if (field === 'complications') {
    const head = [part('code'), part('text')].filter(Boolean).join(': ');
    const date = part('date');
    return date ? `${head || words.empty}, ${date}` : head || words.empty;
  }
  const entries = Object.keys(group)
    .map((key) => {
      const v = part(key);
      return v === undefined ? undefined : `${key}: ${v}`;
    })
    .filter(Boolean);
  return entries.length > 0 ? entries.join(', ') : words.empty;
}
