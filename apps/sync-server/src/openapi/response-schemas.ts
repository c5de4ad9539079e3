import { AUDIT_OUTCOMES } from '@registry/db-schema';
import { hospitalSchema, ROLES } from '@registry/domain';
import { z } from 'zod';
import type { AdminDeviceView } from '../admin/admin-devices-view';
import type { AdminUserView } from '../admin/admin-users-view';
import type { AuditView } from '../audit/list-audit';
import type { BadRequest } from '../http/validated';
import type { RegistryStats } from '../ops/registry-stats';
import type { ServerStatus } from '../ops/server-status';
import type { VersionInfo } from '../ops/version-route';
import type { HealthReport } from '../routes/health';

// Runtime schemas of the responses the domain has no schema for, for the OpenAPI document only. Each
// is typed against the interface the server returns, so the document cannot drift from the code.

export const errorSchema: z.ZodType<BadRequest> = z.object({
  error: z
    .string()
    .describe('A stable code for programs: bad_request, unauthorized, forbidden, not_found, …'),
  message: z.string().describe('One sentence for the person, saying what to do.'),
  details: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional()
    .describe('For bad input: each field at fault.'),
});

export const versionInfoSchema: z.ZodType<VersionInfo> = z.object({
  version: z.string(),
  protocolVersion: z.number().int(),
  dataSchemaVersion: z.number().int(),
});

const databaseSchema = z.object({
  reachable: z.boolean(),
  migrations: z.enum(['applied', 'pending', 'unknown']),
  latency_ms: z.number().nullable(),
});

export const healthSchema: z.ZodType<HealthReport> = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: databaseSchema,
  reason: z.string().optional(),
});

export const statusSchema: z.ZodType<ServerStatus> = z.object({
  status: z.enum(['ok', 'degraded']),
  database: databaseSchema,
  reason: z.string().optional(),
  serverTime: z.iso.datetime(),
});

const count = z.number().int().min(0);
const stateCounts = z.object({ total: count, live: count, inConflict: count, deleted: count });
const perEntity = <T extends z.ZodType>(schema: T) =>
  z.object({ patient: schema, episode: schema, eventLog: schema });

export const statsSchema: z.ZodType<RegistryStats> = z.object({
  records: stateCounts.extend({ byEntity: perEntity(stateCounts) }),
  byHospital: z.array(
    z.object({
      hospitalId: z.string(),
      hospitalName: z.string().nullable(),
      total: count,
      byEntity: perEntity(count),
    }),
  ),
  versions: z.object({ total: count, lastSeq: count }),
  devices: z.object({
    total: count,
    withPendingWork: count,
    pendingVersions: count,
    oldestPendingAt: z.iso.datetime().nullable(),
  }),
});

const adminUserSchema: z.ZodType<AdminUserView> = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  hospitalIds: z.array(z.string()),
  locked: z.boolean(),
  lockedUntil: z.iso.datetime().nullable(),
  failedLogins: count,
  createdAt: z.iso.datetime(),
});
export const adminUserEnvelope = z.object({ user: adminUserSchema });
export const adminUsersEnvelope = z.object({ users: z.array(adminUserSchema) });
export const hospitalEnvelope = z.object({ hospital: hospitalSchema });

const adminDeviceSchema: z.ZodType<AdminDeviceView> = z.object({
  deviceId: z.string(),
  user: z
    .object({ id: z.string(), username: z.string().nullable(), fullName: z.string().nullable() })
    .describe('The user last signed in on the device.'),
  appVersion: z.string().nullable(),
  lastContactAt: z.iso.datetime().nullable().describe('The later of lastPushAt and lastPullAt.'),
  lastPushAt: z.iso.datetime().nullable(),
  lastPullAt: z.iso.datetime().nullable(),
  pendingVersions: count.describe('Versions waiting on the device, as it last reported.'),
  oldestPendingAt: z.iso
    .datetime()
    .nullable()
    .describe('When the oldest waiting version was saved (device clock); null when unknown.'),
});
export const adminDevicesEnvelope = z.object({ devices: z.array(adminDeviceSchema) });

const auditEntrySchema: z.ZodType<AuditView> = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  subject: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
  detail: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
});
export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});
