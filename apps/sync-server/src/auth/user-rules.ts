import { ROLES } from '@registry/domain';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords';

// What makes a user acceptable, shared by the admin routes, the CLI and createUser, so all refuse alike.

export const MAX_HOSPITALS_PER_USER = 500;

// Any UUID, as the domain's ids; stored lower-case.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const usernameSchema = z
  .string()
  .trim()
  .min(1, 'The username is required.')
  .max(64, 'The username must be at most 64 characters long.')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'The username may hold letters, digits and . _ @ - only (no spaces).');

export const fullNameSchema = z
  .string()
  .trim()
  .min(1, 'The full name is required.')
  .max(200, 'The full name must be at most 200 characters long.');

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`)
  .max(MAX_PASSWORD_LENGTH, `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`);

export const roleSchema = z.enum(ROLES, {
  error: (issue) =>
    issue.input === undefined
      ? 'The role is required.'
      : `The role ${JSON.stringify(issue.input)} is not one of the roles (${ROLES.join(', ')}).`,
});

export const hospitalIdsSchema = z
  .array(
    z
      .string({ error: 'Each hospital must be given by its id, as text.' })
      .regex(UUID, { error: (issue) => `The hospital id ${JSON.stringify(issue.input)} is not a valid id.` }),
  )
  .max(MAX_HOSPITALS_PER_USER)
  .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]);

export const newUserSchema = z.strictObject({
  username: usernameSchema,
  fullName: fullNameSchema,
  password: newPasswordSchema,
  role: roleSchema,
  hospitalIds: hospitalIdsSchema.default([]),
});
export type NewUserInput = z.input<typeof newUserSchema>;
