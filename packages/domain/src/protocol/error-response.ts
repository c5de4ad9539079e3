import { z } from 'zod';

/** Every 4xx/5xx body: a sentence for the person, and for bad input the fields at fault. */
export const errorResponseSchema = z.object({
  error: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
