import { existsSync } from 'node:fs';
import { type FileHandle, open, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { z } from 'zod';
import { findHospitalById, findHospitalsByName } from '../../admin/hospitals-repo';
import { isUuidShaped } from '../../auth/users-repo';
import type { RegistryDb } from '../../db/registry-db';
import { recordExportAudit } from '../../exports/audit-export';
import { CSV_EXPORTS, csvPieces } from '../../exports/csv/csv-pieces';
import { fhirExportText } from '../../exports/fhir/fhir-export';
import { describeFilters, episodeFiltersSchema } from '../../exports/records/export-filters';
import { versionsPage } from '../../exports/versions/version-page';
import { versionsQuerySchema } from '../../exports/versions/versions-query';
import { parseWithProblems, problemsSentence } from '../../http/describe-issues';
import { BadCursorError, decodeCursor } from '../../sync/cursor';
import { type CliCommand, parseCommandArgs, UsageError } from '../command';
import { required, withDatabase } from '../with-database';

const FORMATS = ['csv', 'ndjson', 'fhir'] as const;
type Format = (typeof FORMATS)[number];
type CsvType = keyof typeof CSV_EXPORTS;
const CSV_TYPES = Object.keys(CSV_EXPORTS) as CsvType[];

const OPTIONS = {
  format: { type: 'string' },
  type: { type: 'string' },
  'episode-type': { type: 'string' },
  hospital: { type: 'string' },
  region: { type: 'string' },
  surgeon: { type: 'string' },
  completeness: { type: 'string' },
  conflict: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'include-deleted': { type: 'boolean' },
  after: { type: 'string' },
  limit: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

/** The review filters (exports/records/export-filters.ts), as options. */
const FILTER_OPTIONS = [
  'episode-type',
  'hospital',
  'region',
  'surgeon',
  'completeness',
  'conflict',
  'from',
  'to',
  'include-deleted',
] as const satisfies readonly (keyof typeof OPTIONS)[];

/** What each format takes besides --format, --out and --force; like the routes, anything else is refused. */
const TAKES: Record<Format, readonly (keyof typeof OPTIONS)[]> = {
  csv: ['type', ...FILTER_OPTIONS],
  ndjson: ['hospital', 'after', 'limit'],
  fhir: FILTER_OPTIONS,
};

/** The options only episodes have: the patients and log entries exports refuse them. */
const EPISODE_OPTIONS = ['episode-type', 'surgeon'] as const;

/** An export ready to run once the hospital is known: what the route would stream, and its audit filters. */
interface Produced {
  pieces: AsyncIterable<string>;
  auditFilters: Record<string, unknown>;
  /** A line for stderr after a complete export (the NDJSON watermark). */
  report?: string;
}

interface Plan {
  /** As the routes name it in the audit log: patients.csv, versions.ndjson, fhir. */
  kind: string;
  produce(db: RegistryDb, hospitalId: string | undefined): Promise<Produced>;
}

/**
 * `pnpm cli export`: the API's exports without HTTP, for the operator at the server. The same
 * schemas validate the arguments (as query parameters) and the same functions produce the text, read
 * page by page and written with backpressure; the export is audited as `cli` before it is written.
 * `stdout` is injected so that tests can read what a pipe would get.
 */
export function exportCommandTo(stdout: () => Writable): CliCommand {
  return {
    name: 'export',
    summary:
      'Write a CSV, NDJSON (versions after a cursor) or FHIR export to a file or stdout, as the API does.',
    usage:
      'pnpm cli export --format csv|ndjson|fhir [--type patients|episodes|event-logs] [--episode-type T] [--hospital NAME|ID] [--region R] [--surgeon ID] [--completeness complete|incomplete] [--conflict only|none] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--include-deleted] [--after CURSOR] [--limit N] [--out FILE [--force]]',
    async run(args, io) {
      const { values } = parseCommandArgs(args, OPTIONS);
      const plan = planExport(values);
      const hospital = values.hospital === undefined ? undefined : required(values, 'hospital').trim();
      const out =
        values.out === undefined
          ? undefined
          : resolve(io.env.INIT_CWD || process.cwd(), required(values, 'out'));
      if (values.force && out === undefined) throw new UsageError('--force goes with --out');
      if (out !== undefined && !values.force && existsSync(out)) {
        io.err(alreadyThere(out));
        return 1;
      }
      return withDatabase(io, async (db) => {
        const hospitalId = hospital === undefined ? undefined : await hospitalIdOf(db, hospital);
        if (hospitalId === null) {
          io.err(
            `There is no hospital ${isUuidShaped(hospital ?? '') ? 'with the id' : 'named'} "${hospital}".`,
          );
          return 1;
        }
        const file = out === undefined ? undefined : await openOut(out, values.force === true);
        if (typeof file === 'string') {
          io.err(file);
          return 1;
        }
        try {
          const produced = await plan.produce(db, hospitalId);
          const osUser = io.env.USER ?? io.env.USERNAME;
          await recordExportAudit(db, new Date(), plan.kind, produced.auditFilters, {
            actorId: null,
            actorUsername: 'cli',
            detail: { via: 'cli', ...(osUser ? { osUser } : {}) },
          });
          const source = Readable.from(produced.pieces);
          if (file) await pipeline(source, file.createWriteStream());
          else await pipeline(source, stdout(), { end: false });
          if (produced.report) io.err(produced.report);
          if (out !== undefined) io.out(`Wrote the ${plan.kind} export to ${out}.`);
          return 0;
        } catch (error) {
          // A short file must not pass for a whole one; a reader that went away (`| head`) is no failure.
          if (file && out !== undefined) {
            await file.close().catch(() => {});
            await unlink(out).catch(() => {});
          }
          if (errorCode(error) === 'EPIPE') return 0;
          throw error;
        }
      });
    },
  };
}

export const exportCommand = exportCommandTo(() => process.stdout);

/** Checks the arguments as the route checks its query, before the database is touched. */
function planExport(values: Values): Plan {
  const format = required(values, 'format');
  if (!isFormat(format)) throw new UsageError(`Unknown format "${format}": use one of ${FORMATS.join(', ')}`);
  const stray = (Object.keys(values) as (keyof typeof OPTIONS)[]).find(
    (name) => name !== 'format' && name !== 'out' && name !== 'force' && !TAKES[format].includes(name),
  );
  if (stray) throw new UsageError(`--${stray} does not apply to --format ${format}`);

  const filterInput = {
    from: values.from,
    to: values.to,
    region: values.region,
    surgeonId: values.surgeon,
    type: values['episode-type'],
    completeness: values.completeness,
    conflict: values.conflict,
    includeDeleted: values['include-deleted'] ? 'true' : undefined,
  };
  if (format === 'ndjson') {
    const queryInput = { after: values.after, limit: values.limit };
    const { after } = validated(versionsQuerySchema, queryInput);
    try {
      decodeCursor(after);
    } catch (error) {
      if (error instanceof BadCursorError) throw new UsageError(error.message);
      throw error;
    }
    return {
      kind: 'versions.ndjson',
      async produce(db, hospitalId) {
        const page = await versionsPage(db, validated(versionsQuerySchema, { ...queryInput, hospitalId }));
        return {
          pieces: page.lines,
          auditFilters: page.auditFilters,
          report: `next cursor: ${page.nextCursor} (more: ${page.more})`,
        };
      },
    };
  }
  if (format === 'fhir') {
    validated(episodeFiltersSchema, filterInput);
    return {
      kind: 'fhir',
      async produce(db, hospitalId) {
        const filters = validated(episodeFiltersSchema, { ...filterInput, hospitalId });
        return {
          pieces: await fhirExportText(db, filters, new Date()),
          auditFilters: describeFilters(filters),
        };
      },
    };
  }
  const type = values.type;
  if (type === undefined) throw new UsageError(`--format csv needs --type ${CSV_TYPES.join('|')}`);
  if (!isCsvType(type)) throw new UsageError(`Unknown type "${type}": use one of ${CSV_TYPES.join(', ')}`);
  const episodeOnly = EPISODE_OPTIONS.find((name) => values[name] !== undefined);
  if (episodeOnly && type !== 'episodes') {
    throw new UsageError(`--${episodeOnly} applies to --type episodes only`);
  }
  const csv = CSV_EXPORTS[type];
  validated(csv.filters, filterInput);
  return {
    kind: csv.kind,
    async produce(db, hospitalId) {
      const filters = validated(csv.filters, { ...filterInput, hospitalId });
      return { pieces: csvPieces(db, csv.entity, filters), auditFilters: describeFilters(filters) };
    },
  };
}

const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);
const isCsvType = (value: string): value is CsvType => Object.hasOwn(CSV_EXPORTS, value);

/** The route's own schema and messages, given the options as the query parameters they stand for. */
function validated<S extends z.ZodType>(schema: S, input: Record<string, string | undefined>): z.output<S> {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const result = parseWithProblems(schema, given, 'the export options');
  if (!result.ok) throw new UsageError(problemsSentence(result.problems));
  return result.data;
}

/** A hospital's id from its name (any letter case) or its id; null when there is none. */
async function hospitalIdOf(db: RegistryDb, nameOrId: string): Promise<string | null> {
  const hospital = isUuidShaped(nameOrId)
    ? await findHospitalById(db, nameOrId.toLowerCase())
    : (await findHospitalsByName(db, [nameOrId]))[0];
  return hospital?.id ?? null;
}

const alreadyThere = (path: string) => `${path} already exists; add --force to overwrite it.`;

/** The output file, created (never replaced without --force); a sentence when it cannot be. */
async function openOut(path: string, force: boolean): Promise<FileHandle | string> {
  try {
    return await open(path, force ? 'w' : 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return alreadyThere(path);
    const reason = error instanceof Error ? error.message : String(error);
    return `Cannot write ${path}: ${reason}.`;
  }
}

function errorCode(error: unknown): unknown {
  return error && typeof error === 'object' && 'code' in error ? error.code : undefined;
}
