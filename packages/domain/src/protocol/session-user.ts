import { z } from 'zod';
import { ROLES } from '../permissions/roles';
import { idSchema } from '../versions/version';

/** The signed-in user as a device keeps it: enough to apply the permission rules offline. */
export const sessionUserSchema = z.object({
  id: idSchema,
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  hospitalIds: z.array(idSchema),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;
