import { AUDIT_OUTCOMES } from '@registry/db-schema';
import { z } from 'zod';
import { hospitalIdsSchema, newPasswordSchema, roleSchema } from '../auth/user-rules';

// Request shapes whose schemas are private to their route files, restated for the document. Kept
// beside the endpoint list so that a change to a route's body is one file away from its description.

const optionalText = z.string().nullable().optional();
export const newHospitalBody = z.strictObject({
  name: z.string(),
  address: optionalText,
  region: optionalText,
  zone: optionalText,
});
export const hospitalChangesBody = newHospitalBody.partial();

export const passwordBody = z.strictObject({ password: newPasswordSchema });
export const roleBody = z.strictObject({ role: roleSchema });
export const hospitalsBody = z.strictObject({ hospitalIds: hospitalIdsSchema });

export const auditQuery = z.strictObject({
  actor: z.string().optional().describe('A user name or user id.'),
  action: z.string().optional().describe('An action, or a prefix ending in * ("admin.*").'),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  from: z.string().optional().describe('A date (YYYY-MM-DD, UTC) or an ISO date-time; inclusive.'),
  to: z.string().optional().describe('A date or an ISO date-time; inclusive.'),
  limit: z.number().int().min(1).max(200).optional(),
  cursor: z.string().optional().describe('The nextCursor of the previous page.'),
});

/** POST /sync/push?import=1: an admin loading a device's export file. */
export const pushQuery = z.strictObject({
  import: z
    .enum(['1'])
    .optional()
    .describe('1 when an admin imports the export file of a device that never reconnected.'),
});
