import { z } from 'zod';
import { sessionUserSchema } from './session-user';

const instant = z.iso.datetime();

/** A user as the admin screen lists them: the session user plus whether and why they can sign in. */
export const adminUserSchema = sessionUserSchema.extend({
  active: z.boolean(),
  /** True while a lockout after failed sign-ins lasts; a password reset lifts it. */
  locked: z.boolean(),
  lockedUntil: instant.nullable(),
  failedLogins: z.number().int().min(0),
  createdAt: instant,
});
export type AdminUser = z.infer<typeof adminUserSchema>;

/** GET /api/admin/users — every account, inactive ones too. */
export const adminUsersResponseSchema = z.object({ users: z.array(adminUserSchema) });
export type AdminUsersResponse = z.infer<typeof adminUsersResponseSchema>;

/** One account as the server now has it, after it was added or changed. */
export const adminUserResponseSchema = z.object({ user: adminUserSchema });
export type AdminUserResponse = z.infer<typeof adminUserResponseSchema>;
