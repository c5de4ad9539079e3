import { z } from 'zod';

/** The kinds of synced, versioned record (SYNC.md). Reference data (hospitals, staff) is not versioned. */
export const ENTITIES = ['patient', 'episode', 'eventLog'] as const;
export type Entity = (typeof ENTITIES)[number];

/** The shape of `data` this code writes. Bump with a migration when a record's shape changes. */
export const DATA_SCHEMA_VERSION = 1;

// UUIDs of any version are accepted (ids are made on devices; v7 is what this app makes).
const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a lower-case UUID');

export const idSchema = uuid;

/**
 * One immutable version of a record, as it travels on the wire and is stored everywhere.
 * `data` is checked here only as an object; its per-entity shape is checked by the record schemas.
 */
export const versionSchema = z
  .object({
    versionId: uuid,
    entity: z.enum(ENTITIES),
    entityId: uuid,
    parents: z.array(uuid).max(64),
    data: z.record(z.string(), z.unknown()),
    deleted: z.boolean(),
    authorId: uuid,
    // No half surrogate pairs: stored, one would come back as U+FFFD and a retry would clash with itself.
    deviceId: z
      .string()
      .min(1)
      .max(64)
      .refine(
        (id) => !/[\uD800-\uDFFF]/u.test(id),
        'The device id must not hold a broken character (half of an emoji or symbol).',
      ),
    // Bounded as stored (VARCHAR(40), INT): a longer fraction of a second or a bigger number failed in SQL.
    createdAt: z.iso.datetime({ offset: true }).max(40),
    schema: z.number().int().min(1).max(2_147_483_647),
  })
  .strict();

export type Version<D = Record<string, unknown>> = Omit<z.infer<typeof versionSchema>, 'data'> & { data: D };

/** A version as the server stores and returns it: with its arrival order and time. */
export type StoredVersion<D = Record<string, unknown>> = Version<D> & { seq?: number; receivedAt?: string };
