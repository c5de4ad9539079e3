import { z } from 'zod';
import { idSchema, versionSchema } from '../versions/version';

/**
 * The file a device writes of the versions it saved but never got to the server (SYNC.md: a device
 * that never reconnects). Another device of the same user, or an admin's device or the server's CLI,
 * imports it; importing is idempotent because versions are immutable and known by id.
 */
export const DEVICE_EXPORT_FORMAT = 'surgical-registry-device-export';
export const DEVICE_EXPORT_FORMAT_VERSION = 1;

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
    rejections: z.array(z.object({ versionId: idSchema, reason: z.string().max(2000) })).default([]),
  })
  .strict();

export type DeviceExport = z.infer<typeof deviceExportSchema>;

/** Reads an export file's text: the file, or one sentence saying why it cannot be used. */
export function parseDeviceExport(
  text: string,
): { ok: true; file: DeviceExport } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'The file is not complete JSON: it may be cut short or not an export file.',
    };
  }
  const parsed = deviceExportSchema.safeParse(json);
  if (parsed.success) {
    const ids = new Set(parsed.data.versions.map((version) => version.versionId));
    if (ids.size !== parsed.data.versions.length) {
      return { ok: false, message: 'The file names the same version twice: it has been altered.' };
    }
    return { ok: true, file: parsed.data };
  }
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
  return {
    ok: false,
    message: `The export file cannot be read: ${issue?.message ?? 'unknown problem'}${where}.`,
  };
}
