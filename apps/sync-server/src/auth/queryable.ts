import type { RegistryDb } from '../db/registry-db';

/** The database or a transaction in it: repository functions take either, so callers can compose them. */
export type Queryable = Pick<RegistryDb, 'select' | 'insert' | 'update' | 'delete'>;
