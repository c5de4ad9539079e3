import type { RegistryDb } from '../db/registry-db';

/** A transaction of the registry database. */
export type RegistryTx = Parameters<Parameters<RegistryDb['transaction']>[0]>[0];

/** The database or a transaction in it: repository functions take either, so callers can compose them. */
export type Queryable = Pick<RegistryDb, 'select' | 'insert' | 'update' | 'delete'>;
