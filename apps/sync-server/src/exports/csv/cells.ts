import type { CsvCell } from './record-columns';

// How values of a record's data become one CSV cell: codes stay codes (the web app owns the labels),
// so a spreadsheet can count them; nothing is translated or rounded.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function dataCell(value: unknown): CsvCell {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  // A shape this code does not know (data from a newer schema): kept whole rather than dropped.
  return JSON.stringify(value);
}

/** Lists of ids or codes, one cell: "a; b". */
export function listCell(value: unknown): CsvCell {
  if (!Array.isArray(value)) return dataCell(value);
  return value.map((item) => (isRecord(item) ? JSON.stringify(item) : String(dataCell(item)))).join('; ');
}

export function phoneCells(phones: unknown, index: number): { number: CsvCell; comment: CsvCell } {
  const phone = Array.isArray(phones) ? phones[index] : undefined;
  if (!isRecord(phone)) return { number: '', comment: '' };
  return { number: dataCell(phone.number), comment: dataCell(phone.comment) };
}

/** "bleeding 2026-11-20: oozing from the wound; haematoma": code, date and text, readable and countable. */
export function complicationsCell(value: unknown): CsvCell {
  if (!Array.isArray(value)) return dataCell(value);
  return value
    .map((item) => {
      if (!isRecord(item)) return String(dataCell(item));
      const head = [item.code, item.date].filter((part) => typeof part === 'string' && part !== '').join(' ');
      return typeof item.text === 'string' && item.text !== '' ? `${head}: ${item.text}` : head;
    })
    .join('; ');
}
