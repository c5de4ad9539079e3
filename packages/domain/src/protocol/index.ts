export {
  AUDIT_OUTCOMES,
  type AuditEntry,
  type AuditOutcome,
  type AuditPageResponse,
  auditEntrySchema,
  auditPageResponseSchema,
} from './admin-audit';
export {
  type AdminDevice,
  type AdminDevicesResponse,
  adminDeviceSchema,
  adminDevicesResponseSchema,
} from './admin-devices';
export {
  type AdminUser,
  type AdminUserResponse,
  type AdminUsersResponse,
  adminUserResponseSchema,
  adminUserSchema,
  adminUsersResponseSchema,
} from './admin-users';
export {
  buildDeviceExport,
  DEVICE_EXPORT_FORMAT,
  DEVICE_EXPORT_FORMAT_VERSION,
  type DeviceExport,
  type DeviceExportInput,
  type DeviceExportProblem,
  deviceExportSchema,
  inCausalOrder,
  type ParsedDeviceExport,
  parseDeviceExport,
} from './device-export';
export { type ErrorResponse, errorResponseSchema } from './error-response';
export { PULL_LIMITS, PUSH_LIMITS } from './limits';
export { type LoginRequest, type LoginResponse, loginRequestSchema, loginResponseSchema } from './login';
export { PROTOCOL_HEADER, PROTOCOL_VERSION } from './protocol-version';
export {
  type PulledVersion,
  type PullQuery,
  type PullResponse,
  pulledVersionSchema,
  pullQuerySchema,
  pullResponseSchema,
} from './pull';
export {
  type PushRequest,
  type PushResponse,
  pushBatches,
  pushRequestSchema,
  pushResponseSchema,
  type Rejection,
  rejectionSchema,
} from './push';
export {
  RECENT_DEFAULT_LIMIT,
  type RecentQuery,
  type RecentResponse,
  recentQuerySchema,
  recentResponseSchema,
} from './recent';
export {
  type HospitalResponse,
  type HospitalsResponse,
  hospitalResponseSchema,
  hospitalsResponseSchema,
  type StaffResponse,
  staffResponseSchema,
} from './reference-data';
export { type SessionUser, sessionUserSchema } from './session-user';
