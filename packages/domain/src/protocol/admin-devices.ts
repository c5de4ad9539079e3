import { z } from 'zod';

const instant = z.iso.datetime();

/**
 * A device as the admin screen lists it: who last used it, when it was last heard from, and the work
 * it said was still waiting. What a device reports is its own word: the server sees only the headers
 * of its last push or pull.
 */
export const adminDeviceSchema = z.object({
  deviceId: z.string(),
  user: z
    .object({ id: z.string(), username: z.string().nullable(), fullName: z.string().nullable() })
    .describe('The user last signed in on the device; the names are null only if that account is gone.'),
  appVersion: z.string().nullable(),
  lastContactAt: instant.nullable().describe('The later of lastPushAt and lastPullAt.'),
  lastPushAt: instant.nullable(),
  lastPullAt: instant.nullable(),
  pendingVersions: z
    .number()
    .int()
    .min(0)
    .describe('Versions saved on the device and not yet pushed, as it last reported.'),
  oldestPendingAt: instant
    .nullable()
    .describe(
      'When the oldest waiting version was saved (device clock); null when nothing waits or unknown.',
    ),
});
export type AdminDevice = z.infer<typeof adminDeviceSchema>;

/** GET /api/admin/devices — every device the server has heard from, the most recently heard from first. */
export const adminDevicesResponseSchema = z.object({ devices: z.array(adminDeviceSchema) });
export type AdminDevicesResponse = z.infer<typeof adminDevicesResponseSchema>;
