import { z } from 'zod';
import { sessionUserSchema } from './session-user';

/** POST /api/auth/login */
export const loginRequestSchema = z
  .object({
    username: z.string().trim().min(1, 'Enter your username.').max(100),
    password: z.string().min(1, 'Enter your password.').max(1000),
    deviceId: z.string().min(1).max(64).optional(),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  user: sessionUserSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;
