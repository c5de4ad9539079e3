import Papa from 'papaparse';
import type { ExportRecord } from '../records/export-record';
import type { CsvColumn } from './record-columns';

/**
 * The byte order mark. Excel reads a CSV without one in the machine's legacy code page, which turns
 * Swahili and Arabic names into mojibake; with it, Excel, LibreOffice and Google Sheets all read
 * UTF-8. Programs that parse CSV strip it (papaparse does; Python needs encoding='utf-8-sig').
 */
export const UTF8_BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (=, @, or + and - followed by more than a number) get a
 * leading apostrophe, so an export opened in Excel cannot be made to run commands by a name typed on
 * a phone. Phone numbers such as "+255 712 345 678" and negative numbers are left as they are.
 */
export const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s().-]*$))/;

const UNPARSE_OPTIONS = { newline: '\r\n', escapeFormulae: FORMULA_START } as const;

export function csvHeaderLine(columns: readonly CsvColumn[]): string {
  return Papa.unparse({ fields: columns.map((c) => c.header), data: [] }, UNPARSE_OPTIONS);
}

/**
 * One chunk of rows, each line ending in CRLF (RFC 4180). papaparse quotes every cell holding a
 * comma, a quote or a line break, and doubles the quotes, so such names round-trip exactly.
 */
export function csvRowLines(columns: readonly CsvColumn[], records: readonly ExportRecord[]): string {
  if (records.length === 0) return '';
  const rows = records.map((record) => columns.map((column) => column.value(record)));
  return `${Papa.unparse(rows, { ...UNPARSE_OPTIONS, header: false })}\r\n`;
}
