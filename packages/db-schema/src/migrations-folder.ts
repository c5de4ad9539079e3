import { fileURLToPath } from 'node:url';

/** Absolute path of the generated SQL migrations, for drizzle's migrator in the server and CLI. */
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
