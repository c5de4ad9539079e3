import { AUDIT_OUTCOMES } from '@registry/db-schema';
import { Hono } from 'hono';
import { z } from 'zod';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { queryParams } from '../http/validated';
import { listAudit } from './list-audit';

export const MAX_AUDIT_PAGE = 200;

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date (YYYY-MM-DD, a whole UTC day) or an ISO date-time. As an upper bound (`end`) it is inclusive,
 * and is turned into the first instant after it: the next midnight, or a millisecond later.
 */
function instant(label: string, end: boolean) {
  return z
    .string()
    .refine(
      (value) =>
        (DATE.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success) &&
        // The pattern lets 2026-13-45 through; an invalid Date would fail in SQL (a 500).
        !Number.isNaN(new Date(DATE.test(value) ? `${value}T00:00:00Z` : value).getTime()),
      { error: `The "${label}" filter must be a date (YYYY-MM-DD) or a date and time (ISO 8601).` },
    )
    .transform((value) => {
      const date = new Date(DATE.test(value) ? `${value}T00:00:00Z` : value);
      if (!end) return date;
      return new Date(date.getTime() + (DATE.test(value) ? DAY_MS : 1));
    });
}

const auditQuerySchema = z.strictObject({
  actor: z.string().trim().min(1).max(64).optional(),
  action: z.string().trim().min(1).max(64).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  from: instant('from', false).optional(),
  to: instant('to', true).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1, `The limit must be from 1 to ${MAX_AUDIT_PAGE}.`)
    .max(MAX_AUDIT_PAGE, `The limit must be from 1 to ${MAX_AUDIT_PAGE}.`)
    .default(50),
  cursor: z
    .string()
    .regex(/^\d{1,15}$/, 'The cursor must be the nextCursor of a previous page.')
    .transform(Number)
    .optional(),
});

/**
 * GET /admin/audit?actor=&action=&outcome=&from=&to=&limit=&cursor= → {entries, nextCursor}.
 * Newest first; `action` may end in * for a prefix ("admin.*"). The caller gates it (readAuditLog).
 */
export function auditRoutes({ db }: { db: RegistryDb }) {
  return new Hono<AuthedEnv>().get('/', queryParams(auditQuerySchema, 'the audit log filters'), async (c) => {
    const { to, ...filters } = c.req.valid('query');
    return c.json(await listAudit(db, { ...filters, before: to }));
  });
}
