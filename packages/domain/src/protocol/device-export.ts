import { z } from 'zod';
import { idSchema, type Version, versionSchema } from '../versions/version';

/**
 * The file a device writes of the versions it saved but never got to the server (SYNC.md: a device
 * that never reconnects). Another device of the same user, or an admin's device or the server's CLI,
 * imports it; importing is idempotent because versions are immutable and known by id.
 */
export const DEVICE_EXPORT_FORMAT = 'surgical-registry-device-export';
export const DEVICE_EXPORT_FORMAT_VERSION = 1;

/** The longest refusal reason a file carries; a longer one is cut so that the file can be read back. */
const MAX_REASON = 2000;

export const deviceExportSchema = z
  .object({
    format: z.literal(DEVICE_EXPORT_FORMAT, {
      error: 'This is not a device export file of the surgical registry.',
    }),
    formatVersion: z.literal(DEVICE_EXPORT_FORMAT_VERSION, {
      error: `Only version ${DEVICE_EXPORT_FORMAT_VERSION} of the device export file can be read.`,
    }),
    exportedAt: z.iso.datetime({ offset: true }),
    deviceId: z.string().min(1).max(64),
    /** Who was signed in on the device when it wrote the file. */
    exportedBy: z.object({
      userId: idSchema,
      username: z.string().max(200),
      fullName: z.string().max(200),
    }),
    appVersion: z.string().max(100).optional(),
    /** The unsynced versions, parents before children. */
    versions: z.array(versionSchema),
    /** Versions the server refused, with its reason, so that whoever imports them knows. */
    rejections: z.array(z.object({ versionId: idSchema, reason: z.string().max(MAX_REASON) })).default([]),
  })
  .strict();

export type DeviceExport = z.infer<typeof deviceExportSchema>;

/**
 * Why a file cannot be imported, for a screen to word in its own language: not JSON at all, not an
 * export file, an export format this code does not read, a field that does not fit, or one version
 * named twice.
 */
export type DeviceExportProblem = 'not-json' | 'not-export' | 'format-version' | 'invalid' | 'duplicate';

export type ParsedDeviceExport =
  | { ok: true; file: DeviceExport }
  | {
      ok: false;
      problem: DeviceExportProblem;
      message: string;
      /** For `invalid`: what does not fit and where, as the schema says it. */
      detail?: string;
    };

/** Reads an export file's text: the file, or one sentence saying why it cannot be used. */
export function parseDeviceExport(text: string): ParsedDeviceExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problem: 'not-json',
      message: 'The file is not complete JSON: it may be cut short or not an export file.',
    };
  }
  // The two questions a person can act on come first: is this an export file, and of which format.
  const top = typeof json === 'object' && json !== null && !Array.isArray(json) ? json : undefined;
  if (!top || (top as { format?: unknown }).format !== DEVICE_EXPORT_FORMAT) {
    return {
      ok: false,
      problem: 'not-export',
      message: 'This is not a device export file of the surgical registry.',
    };
  }
  const formatVersion = (top as { formatVersion?: unknown }).formatVersion;
  if (formatVersion !== DEVICE_EXPORT_FORMAT_VERSION) {
    return {
      ok: false,
      problem: 'format-version',
      message:
        typeof formatVersion === 'number'
          ? `This export file is of format version ${formatVersion}; this app reads only version ${DEVICE_EXPORT_FORMAT_VERSION}.`
          : `This export file does not say which version of the format it is; this app reads only version ${DEVICE_EXPORT_FORMAT_VERSION}.`,
    };
  }
  const parsed = deviceExportSchema.safeParse(json);
  if (parsed.success) {
    const ids = new Set(parsed.data.versions.map((version) => version.versionId));
    if (ids.size !== parsed.data.versions.length) {
      return {
        ok: false,
        problem: 'duplicate',
        message: 'The file names the same version twice: it has been altered.',
      };
    }
    return { ok: true, file: parsed.data };
  }
  const issue = parsed.error.issues[0];
  const what = (issue?.message ?? 'unknown problem').replace(/[.\s]+$/, '');
  const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
  return {
    ok: false,
    problem: 'invalid',
    message: `The export file cannot be read: ${what}${where}.`,
    detail: `${what}${where}`,
  };
}

export interface DeviceExportInput {
  exportedAt: Date;
  deviceId: string;
  exportedBy: DeviceExport['exportedBy'];
  appVersion?: string | undefined;
  /** The device's unsynced versions in the order it saved them (parents before children). */
  versions: readonly Version[];
  /** The server's reasons for the versions it refused. */
  rejections?: readonly { versionId: string; reason: string }[];
}

/**
 * The export file of a device's unsynced versions. Nothing is checked or dropped here: a version the
 * schemas would refuse is still the device's work, and the importer says what is wrong with it.
 */
export function buildDeviceExport(input: DeviceExportInput): DeviceExport {
  const inFile = new Set(input.versions.map((v) => v.versionId));
  return {
    format: DEVICE_EXPORT_FORMAT,
    formatVersion: DEVICE_EXPORT_FORMAT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    deviceId: input.deviceId,
    exportedBy: { ...input.exportedBy },
    ...(input.appVersion !== undefined ? { appVersion: input.appVersion.slice(0, 100) } : {}),
    versions: inCausalOrder(input.versions),
    rejections: (input.rejections ?? [])
      .filter((r) => inFile.has(r.versionId))
      .map((r) => ({ versionId: r.versionId, reason: r.reason.slice(0, MAX_REASON) })),
  };
}

/**
 * The versions with every parent among them before its children, otherwise in the order given. An
 * importer sends them in batches, and a batch's versions may only name parents the server holds or
 * the batch carries; a file put together by hand may not be in that order.
 */
export function inCausalOrder<V extends Version>(versions: readonly V[]): V[] {
  const byId = new Map(versions.map((v) => [v.versionId, v]));
  const placed = new Set<string>();
  const ordered: V[] = [];
  for (const start of versions) {
    // Depth first without recursion: a long chain of edits must not run out of stack.
    const stack: { v: V; next: number }[] = [{ v: start, next: 0 }];
    const onStack = new Set<string>([start.versionId]);
    if (placed.has(start.versionId)) continue;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { v: V; next: number };
      const parentId = top.v.parents[top.next++];
      if (parentId === undefined) {
        stack.pop();
        onStack.delete(top.v.versionId);
        if (!placed.has(top.v.versionId)) {
          placed.add(top.v.versionId);
          ordered.push(top.v);
        }
        continue;
      }
      const parent = byId.get(parentId);
      // A parent outside the list is the server's already; a cycle (only an altered file has one)
      // is broken where it closes.
      if (parent && !placed.has(parentId) && !onStack.has(parentId)) {
        stack.push({ v: parent, next: 0 });
        onStack.add(parentId);
      }
    }
  }
  return ordered;
}
