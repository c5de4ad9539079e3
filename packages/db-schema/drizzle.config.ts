import { defineConfig } from 'drizzle-kit';

// `pnpm --filter @registry/db-schema generate --name <what-changed>` writes a new SQL migration to ./drizzle.
// Generation needs no database; the server applies the files at start (or `pnpm cli migrate`).
export default defineConfig({
  dialect: 'mysql',
  schema: './src/index.ts',
  out: './drizzle',
});
