import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type DeviceExport,
  inCausalOrder,
  parseDeviceExport,
  pushBatches,
  type Rejection,
  type Version,
} from '@registry/domain';
import { auditInsertSql } from '../../audit/record-audit';
import { hospitalIdsOf } from '../../auth/memberships-repo';
import { findUserByUsername } from '../../auth/users-repo';
import type { RegistryDb } from '../../db/registry-db';
import type { RequestActor } from '../../http/app-env';
import { loadPushContext } from '../../sync/load-push-context';
import { planPush } from '../../sync/plan-push';
import { pushVersions } from '../../sync/push-versions';
import { REASONS } from '../../sync/rejection-reasons';
import { type CliCommand, type CliIo, parseCommandArgs, UsageError } from '../command';
import { required, withDatabase } from '../with-database';

/** The exit code when the file was read but some of its versions were refused (the others are stored). */
export const SOME_REFUSED_EXIT_CODE = 3;

/** What became of the file's versions, each id in exactly one list. */
interface Tally {
  stored: string[];
  duplicate: string[];
  rejected: Rejection[];
}

/**
 * `pnpm cli import-device-export`: loads the export file of a device that never reconnected, as an
 * admin would with `POST /api/sync/push?import=1`. The versions go through the push itself
 * (pushVersions with `importing`), batch by batch within the push limits, each batch in one
 * transaction with its `sync.import` audit line; what the server already holds is reported as such,
 * so running it again changes nothing.
 */
export const importDeviceExportCommand: CliCommand = {
  name: 'import-device-export',
  summary: "Import the export file of a device that never reconnected, under an admin's name; safe to rerun.",
  usage: 'pnpm cli import-device-export <file> --as ADMIN_USERNAME [--dry-run]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { as: { type: 'string' }, 'dry-run': { type: 'boolean' } },
      true,
    );
    if (positionals.length !== 1) throw new UsageError('Name one export file');
    const adminName = required(values, 'as');
    const dryRun = values['dry-run'] === true;
    // Relative to where `pnpm cli` was typed, not to the package folder pnpm runs the script in.
    const path = resolve(io.env.INIT_CWD || process.cwd(), positionals[0] as string);

    // The file is checked before the database is touched: a bad file changes nothing.
    const text = await readText(path);
    if (!text.ok) {
      io.err(text.message);
      return 1;
    }
    const parsed = parseDeviceExport(text.text);
    if (!parsed.ok) {
      io.err(`${path}: ${parsed.message}`);
      return 1;
    }
    const file = parsed.file;

    return withDatabase(io, async (db) => {
      const admin = await activeAdmin(db, adminName);
      if (typeof admin === 'string') {
        io.err(admin);
        return 1;
      }
      // Parents before children whatever the file's order: a parent in a later batch would be unknown
      // to the push of its child.
      const ordered = inCausalOrder(file.versions);
      const tally = dryRun
        ? await planWhole(db, admin, ordered)
        : await pushInBatches(db, admin, file, ordered, io);
      printSummary(io, { path, file, admin, dryRun, tally });
      return tally.rejected.length > 0 ? SOME_REFUSED_EXIT_CODE : 0;
    });
  },
};

async function readText(path: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') return { ok: false, message: `There is no file ${path}.` };
    if (code === 'EISDIR') return { ok: false, message: `${path} is a folder, not an export file.` };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Cannot read ${path}: ${reason.replace(/\.?$/, '.')}` };
  }
}

/** The admin the import is recorded under, as the push would see them signed in; or why not. */
async function activeAdmin(db: RegistryDb, username: string): Promise<RequestActor | string> {
  const row = await findUserByUsername(db, username);
  const why = 'the import is recorded under an active admin’s name';
  if (!row) return `There is no user named "${username.trim()}": ${why}.`;
  if (row.role !== 'admin') return `"${row.username}" is a ${row.role}, not an admin: ${why}.`;
  if (!row.active) return `"${row.username}" is deactivated: ${why}.`;
  const { id, fullName, role, active } = row;
  return { id, username: row.username, fullName, role, active, hospitalIds: await hospitalIdsOf(db, id) };
}

/** The import itself: each batch is one push, committed with its audit line. */
async function pushInBatches(
  db: RegistryDb,
  admin: RequestActor,
  file: DeviceExport,
  ordered: readonly Version[],
  io: CliIo,
): Promise<Tally> {
  const tally: Tally = { stored: [], duplicate: [], rejected: [] };
  const refused = new Set<string>();
  const batches = pushBatches(ordered);
  const osUser = io.env.USER ?? io.env.USERNAME;
  for (const [index, batch] of batches.entries()) {
    const at = new Date();
    let result: Awaited<ReturnType<typeof pushVersions>>;
    try {
      result = await pushVersions(db, admin, batch, {
        now: at,
        importing: true,
        alongside: (outcome) => [
          auditInsertSql({
            at,
            actorId: admin.id,
            actorUsername: admin.username,
            action: 'sync.import',
            subject: `device:${file.deviceId}`,
            outcome: outcome.rejected.length > 0 && outcome.accepted.length === 0 ? 'denied' : 'ok',
            detail: {
              accepted: outcome.accepted.length,
              duplicate: outcome.duplicate.length,
              rejected: outcome.rejected.length,
              via: 'cli',
              ...(osUser ? { osUser } : {}),
              batch: index + 1,
              batches: batches.length,
              versionsInFile: file.versions.length,
              exportedBy: file.exportedBy.username,
              exportedAt: file.exportedAt,
            },
          }),
        ],
      });
    } catch (error) {
      if (index > 0) {
        io.err(
          `The import stopped at batch ${index + 1} of ${batches.length}, after storing ${tally.stored.length} versions; running it again carries on from there.`,
        );
      }
      throw error;
    }
    tally.stored.push(...result.accepted);
    tally.duplicate.push(...result.duplicate);
    for (const rejection of result.rejected) {
      const reason = laterBatchReason(rejection, batch, refused);
      refused.add(rejection.versionId);
      tally.rejected.push({ versionId: rejection.versionId, reason });
    }
  }
  return tally;
}

/**
 * A child whose parent was refused in an earlier batch reaches the push without that parent, which
 * the push calls unknown; within one push it would say "was refused". Say what happened.
 */
function laterBatchReason(rejection: Rejection, batch: readonly Version[], refused: ReadonlySet<string>) {
  const version = batch.find((v) => v.versionId === rejection.versionId);
  const parent = version?.parents.find((p) => refused.has(p));
  return parent !== undefined && rejection.reason === REASONS.unknownParent(parent)
    ? REASONS.parentRefused(parent)
    : rejection.reason;
}

/** --dry-run: the push's own decisions for the whole file at once, without storing anything. */
async function planWhole(db: RegistryDb, admin: RequestActor, ordered: readonly Version[]): Promise<Tally> {
  const ctx = await loadPushContext(db, ordered, { actor: admin, now: new Date(), importing: true });
  const plan = planPush(ordered, ctx);
  return { stored: plan.accept.map((v) => v.versionId), duplicate: plan.duplicate, rejected: plan.rejected };
}

function printSummary(
  io: CliIo,
  s: { path: string; file: DeviceExport; admin: RequestActor; dryRun: boolean; tally: Tally },
) {
  const { file, tally } = s;
  const by = file.exportedBy;
  const source = `${s.path} (device "${file.deviceId}", ${by.username} — ${by.fullName}, exported ${file.exportedAt})`;
  io.out(
    s.dryRun
      ? `Dry run of ${source} as admin "${s.admin.username}": nothing was written.`
      : `Imported ${source} as admin "${s.admin.username}".`,
  );
  const rows: [string, number][] = [
    ['Versions in the file', file.versions.length],
    [s.dryRun ? 'Would be stored' : 'Newly stored', tally.stored.length],
    ['Already on the server', tally.duplicate.length],
    [s.dryRun ? 'Would be refused' : 'Refused', tally.rejected.length],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  for (const [label, count] of rows) io.out(`  ${`${label}:`.padEnd(width)} ${count}`);
  for (const { versionId, reason } of tally.rejected) io.out(`    ${versionId}: ${reason}`);
}
