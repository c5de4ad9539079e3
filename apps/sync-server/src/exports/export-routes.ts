import { randomUUID } from 'node:crypto';
import type { Entity } from '@registry/domain';
import { type Context, Hono } from 'hono';
import { requireAuth } from '../auth/require-auth';
import { requireAction } from '../auth/require-role';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { apiError } from '../http/errors';
import { queryParams } from '../http/validated';
import type { Logger } from '../logger';
import { BadCursorError, decodeCursor, encodeCursor } from '../sync/cursor';
import { auditExport } from './audit-export';
import { csvPieces } from './csv/csv-pieces';
import { bundleText } from './fhir/bundle-writer';
import { dbFhirSource } from './fhir/db-fhir-source';
import { episodeTypesInOrder, fhirEntries } from './fhir/fhir-entries';
import {
  describeFilters,
  type ExportFilters,
  exportFiltersSchema,
  untypedExportFiltersSchema,
} from './records/export-filters';
import { textStream } from './text-stream';
import { pageBounds, versionLines } from './versions/version-page';
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

  async function csv(c: Context<AuthedEnv>, entity: Entity, kind: string, filters: ExportFilters) {
    await auditExport(c, db, now(), kind, describeFilters(filters));
    return download(c, kind, 'text/csv; charset=utf-8', csvPieces(db, entity, filters));
  }

  return new Hono<AuthedEnv>()
    .basePath('/exports')
    .use('*', requireAuth({ db, now }), requireAction('export', { db }))
    .get('/patients.csv', queryParams(untypedExportFiltersSchema, FILTERS), (c) =>
      csv(c, 'patient', 'patients.csv', c.req.valid('query')),
    )
    .get('/episodes.csv', queryParams(exportFiltersSchema, FILTERS), (c) =>
      csv(c, 'episode', 'episodes.csv', c.req.valid('query')),
    )
    .get('/event-logs.csv', queryParams(untypedExportFiltersSchema, FILTERS), (c) =>
      csv(c, 'eventLog', 'event-logs.csv', c.req.valid('query')),
    )
    .get('/versions.ndjson', queryParams(versionsQuerySchema, 'the export parameters'), async (c) => {
      const { after: cursor, limit, hospitalId } = c.req.valid('query');
      let after: number;
      try {
        after = decodeCursor(cursor);
      } catch (error) {
        if (error instanceof BadCursorError) return apiError(c, 400, error.message);
        throw error;
      }
      const { last, more } = await pageBounds(db, after, limit, hospitalId);
      await auditExport(c, db, now(), 'versions.ndjson', {
        after,
        last,
        limit,
        ...(hospitalId ? { hospitalId } : {}),
      });
      c.header('X-Next-Cursor', encodeCursor(last));
      c.header('X-More', String(more));
      return download(
        c,
        'versions.ndjson',
        'application/x-ndjson; charset=utf-8',
        versionLines(db, after, last, hospitalId),
      );
    })
    .get('/fhir', queryParams(exportFiltersSchema, FILTERS), async (c) => {
      const filters = c.req.valid('query');
      await auditExport(c, db, now(), 'fhir', describeFilters(filters));
      const source = await dbFhirSource(db, filters);
      const entries = fhirEntries(source, {
        episodeTypes: episodeTypesInOrder(filters.type),
        withFilteredPatients: !filters.type,
      });
      const meta = { id: randomUUID(), timestamp: now().toISOString() };
      return download(
        c,
        'fhir-bundle.json',
        'application/fhir+json; charset=utf-8',
        bundleText(meta, entries),
      );
    });
}
