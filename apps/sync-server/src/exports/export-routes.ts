import { type Context, Hono } from 'hono';
import { requireAuth } from '../auth/require-auth';
import { requireAction } from '../auth/require-role';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { apiError } from '../http/errors';
import { queryParams } from '../http/validated';
import type { Logger } from '../logger';
import { BadCursorError } from '../sync/cursor';
import { auditExport } from './audit-export';
import { CSV_EXPORTS, type CsvExport, csvPieces } from './csv/csv-pieces';
import { fhirExportText } from './fhir/fhir-export';
import { describeFilters, type ExportFilters, episodeFiltersSchema } from './records/export-filters';
import { textStream } from './text-stream';
import { type VersionsPage, versionsPage } from './versions/version-page';
import { versionsQuerySchema } from './versions/versions-query';

export interface ExportDeps {
  db: RegistryDb;
  logger: Logger;
  now: () => Date;
}

const FILTERS = 'the export filters';

/**
 * GET /exports/{patients,episodes,event-logs}.csv, /exports/versions.ndjson and /exports/fhir, for
 * coordinators and admins (the domain's `export` action). Every export is audited, then streamed.
 */
export function exportRoutes({ db, logger, now }: ExportDeps) {
  const failed = (kind: string) => (error: unknown) =>
    logger.error({ err: error, kind }, 'Export failed part-way');

  function download(c: Context<AuthedEnv>, kind: string, contentType: string, pieces: AsyncIterable<string>) {
    const day = now().toISOString().slice(0, 10);
    return c.body(textStream(pieces, failed(kind)), 200, {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${kind.replace(/\.(\w+)$/, `-${day}.$1`)}"`,
      'Cache-Control': 'no-store',
    });
  }

  async function csv(c: Context<AuthedEnv>, { entity, kind }: CsvExport, filters: ExportFilters) {
    await auditExport(c, db, now(), kind, describeFilters(filters));
    return download(c, kind, 'text/csv; charset=utf-8', csvPieces(db, entity, filters));
  }

  const { patients, episodes, 'event-logs': eventLogs } = CSV_EXPORTS;
  return new Hono<AuthedEnv>()
    .basePath('/exports')
    .use('*', requireAuth({ db, now }), requireAction('export', { db }))
    .get('/patients.csv', queryParams(patients.filters, FILTERS), (c) =>
      csv(c, patients, c.req.valid('query')),
    )
    .get('/episodes.csv', queryParams(episodes.filters, FILTERS), (c) =>
      csv(c, episodes, c.req.valid('query')),
    )
    .get('/event-logs.csv', queryParams(eventLogs.filters, FILTERS), (c) =>
      csv(c, eventLogs, c.req.valid('query')),
    )
    .get('/versions.ndjson', queryParams(versionsQuerySchema, 'the export parameters'), async (c) => {
      let page: VersionsPage;
      try {
        page = await versionsPage(db, c.req.valid('query'));
      } catch (error) {
        if (error instanceof BadCursorError) return apiError(c, 400, error.message);
        throw error;
      }
      await auditExport(c, db, now(), 'versions.ndjson', page.auditFilters);
      c.header('X-Next-Cursor', page.nextCursor);
      c.header('X-More', String(page.more));
      return download(c, 'versions.ndjson', 'application/x-ndjson; charset=utf-8', page.lines);
    })
    .get('/fhir', queryParams(episodeFiltersSchema, FILTERS), async (c) => {
      const filters = c.req.valid('query');
      await auditExport(c, db, now(), 'fhir', describeFilters(filters));
      const text = await fhirExportText(db, filters, now());
      return download(c, 'fhir-bundle.json', 'application/fhir+json; charset=utf-8', text);
    });
}
