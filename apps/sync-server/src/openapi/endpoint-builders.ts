import type { z } from 'zod';
import type { Endpoint } from './endpoint';
import * as res from './response-schemas';

// Shorthands for endpoints that come in families, so the list in endpoints.ts stays one line of
// facts per endpoint.

const CSV = { type: 'text/csv; charset=utf-8', schema: { type: 'string' } };
export const text = (type: string) => ({ type, schema: { type: 'string' } });
const CSV_NOTE =
  'UTF-8 with a byte order mark (so spreadsheets read non-ASCII names), CRLF lines, RFC 4180 quoting. One row per record: its preferred head, with hospital name, inConflict, conflictHeads, deleted, firstCreatedAt, firstReceivedAt, lastChangedAt and versionId.';

/**
 * The filters of the review screens, as the record exports take them (the domain's reviewFilterSchema
 * carries no descriptions of its own). `refused` names those an endpoint answers with a 400.
 */
export function exportFiltersNote(refused: readonly string[] = []): string {
  const note =
    "Filters, as on the review screens: from and to (whole days, inclusive: an episode's date, a log entry's day, the day a patient's first version was saved by the device's clock; a record without a date matches no range), hospitalId, region (of the record's hospital), surgeonId (episodes naming them as primary, second or third surgeon or among those present), type (episodes), completeness=complete|incomplete (whether the fields the reports need are all there), conflict=only|none, includeDeleted=true (deleted records are left out otherwise). Unknown parameters are refused (400).";
  return refused.length ? `${note} Refused here (400): ${refused.join(', ')}.` : note;
}

export const csvExport = (
  path: string,
  what: string,
  filters: z.ZodType,
  refused: readonly string[] = [],
): Endpoint => ({
  method: 'get',
  path,
  tag: 'exports',
  access: 'coordinator',
  summary: `The current ${what}, as CSV`,
  description: `${CSV_NOTE} ${exportFiltersNote(refused)}`,
  query: filters,
  ok: { description: `One row per ${what.replace(/s$/, '')}.`, content: CSV },
});

export const userAction = (
  method: 'post' | 'put',
  path: string,
  summary: string,
  body?: Endpoint['body'],
): Endpoint => ({
  method,
  path: `/api/admin/users/:id${path}`,
  tag: 'admin',
  access: 'admin',
  summary,
  ...(body ? { body } : {}),
  ok: { description: 'The user as it now is.', json: res.adminUserEnvelope },
  errors: { 404: 'No user has this id.' },
});
