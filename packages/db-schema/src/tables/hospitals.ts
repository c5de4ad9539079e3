import { boolean, index, mysqlTable, primaryKey, varchar } from 'drizzle-orm/mysql-core';
import { createdAt, updatedAt, uuid } from '../columns';

/** Reference data managed online by admins; not versioned (DOMAIN.md). */
export const hospitals = mysqlTable('hospitals', {
  id: uuid('id').primaryKey(),
  name: varchar('name', { length: 200 }).notNull().unique('hospitals_name_unique'),
  address: varchar('address', { length: 500 }),
  region: varchar('region', { length: 100 }),
  zone: varchar('zone', { length: 100 }),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Which hospitals a user belongs to (a surgeon sees only these). No foreign keys anywhere in this
 * schema: some MySQL-compatible targets (Vitess) do not enforce them; the server checks references.
 */
export const memberships = mysqlTable(
  'memberships',
  {
    userId: uuid('user_id').notNull(),
    hospitalId: uuid('hospital_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'memberships_pk', columns: [t.userId, t.hospitalId] }),
    index('memberships_hospital_id_idx').on(t.hospitalId),
  ],
);
