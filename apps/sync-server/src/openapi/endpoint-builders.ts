import { untypedExportFiltersSchema } from '../exports/records/export-filters';
import type { Endpoint } from './endpoint';
import * as res from './response-schemas';

// Shorthands for endpoints that come in families, so the list in endpoints.ts stays one line of
// facts per endpoint.

const CSV = { type: 'text/csv; charset=utf-8', schema: { type: 'string' } };
export const text = (type: string) => ({ type, schema: { type: 'string' } });
const CSV_NOTE =
  'UTF-8 with a byte order mark (so spreadsheets read non-ASCII names), CRLF lines, RFC 4180 quoting. One row per record: its preferred head, with hospital name, inConflict, conflictHeads, deleted, firstReceivedAt, lastChangedAt and versionId. Deleted records only with includeDeleted=true. Dates are whole UTC days, inclusive.';

export const csvExport = (path: string, what: string, filters = untypedExportFiltersSchema): Endpoint => ({
  method: 'get',
  path,
  tag: 'exports',
  access: 'coordinator',
  summary: `The current ${what}, as CSV`,
  description: CSV_NOTE,
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
