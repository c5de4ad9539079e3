import { type ReviewFilter, reviewFilterParams } from '@registry/domain';
import { kindOfStatus, SyncError } from '../sync/sync-error';
import { filterForTable, type TableKind } from './filter-fields';

export type ExportFormat = 'csv' | 'fhir';

export interface ExportRequest {
  /** The server path with the filter as its query string. */
  url: string;
  /** What the downloaded file is called: registry-episodes-2026-11-29.csv. */
  fileName: string;
}

/**
 * The server's export of what a table's filter selects. A patients export never carries the episode
 * filters: the server refuses them there, and the patients table does not apply them either.
 */
export function exportRequest(
  format: ExportFormat,
  table: TableKind,
  filter: ReviewFilter,
  day: string,
): ExportRequest {
  const query = new URLSearchParams(reviewFilterParams(filterForTable(table, filter))).toString();
  const path = format === 'fhir' ? '/api/exports/fhir' : `/api/exports/${table}.csv`;
  return {
    url: query ? `${path}?${query}` : path,
    fileName: format === 'fhir' ? `registry-${table}-fhir-${day}.json` : `registry-${table}-${day}.csv`,
  };
}

/**
 * Downloads an export whole. Failures are SyncErrors of the kinds the screens word: no answer
 * (`offline`), the token refused (`signed-out`), the account not allowed (`forbidden`), a request the
 * server refused with its reason (`bad-request`), or a file broken off part-way (`server`: the server
 * breaks the download rather than end a short file cleanly).
 */
export async function fetchExport(
  url: string,
  token: string,
  options: { fetch?: typeof fetch; signal?: AbortSignal } = {},
): Promise<Blob> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      headers: { Authorization: `Bearer ${token}` },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new SyncError('offline', 'The server cannot be reached.');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    const message = (body as { message?: unknown } | undefined)?.message;
    throw new SyncError(
      kindOfStatus(response.status),
      typeof message === 'string' ? message : `The server answered ${response.status}.`,
      response.status,
    );
  }
  try {
    return await response.blob();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new SyncError('server', 'The file broke off before its end.');
  }
}

/** Hands a file to the browser's downloads, as a link to it clicked would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Browsers read the file from its address after the click has returned: free it a while later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
