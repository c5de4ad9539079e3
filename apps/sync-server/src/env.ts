import { delimiter, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { defaultDataDir, defaultWebDist } from './paths';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const mysqlUrl = z.string().refine(
  (value) => {
    try {
      return new URL(value).protocol === 'mysql:';
    } catch {
      return false;
    }
  },
  { error: 'must look like mysql://user:password@host:3306/registry' },
);

const envSchema = z.object({
  DATABASE_URL: mysqlUrl.optional(),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be from 1 to 65535' })
    .max(65535, { error: 'must be from 1 to 65535' })
    .default(8080),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'must be json or pretty' }).default('json'),
  WEB_DIST: z.string().default(defaultWebDist),
  DATA_DIR: z.string().default(defaultDataDir),
  // Server processes sharing the port (node:cluster); each is a stateless instance of the app.
  WORKERS: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(64, { error: 'must be at most 64' })
    .default(1),
  // On by default so that a first start shows a registry with something in it; off for real use.
  SEED_DEMO: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true'),
});

export type Env = z.infer<typeof envSchema>;
export type LogLevel = Env['LOG_LEVEL'];

/** A bad environment, described in one sentence a person can act on. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/**
 * The one place the server reads environment variables. Empty values count as unset; relative paths
 * are taken from where the command was typed (pnpm's INIT_CWD), not from the package folder pnpm runs in.
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const raw = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, source[key]?.trim() || undefined]),
  );
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]);
      // Never echo DATABASE_URL: it may hold a password.
      return key === 'DATABASE_URL'
        ? `${key} ${issue.message}`
        : `${key} ${issue.message} (got "${raw[key]}")`;
    });
    throw new EnvError(`Invalid environment: ${problems.join('; ')}.`);
  }
  const base = source.INIT_CWD || process.cwd();
  const env = parsed.data;
  return {
    ...env,
    WEB_DIST: isAbsolute(env.WEB_DIST) ? env.WEB_DIST : resolve(base, env.WEB_DIST),
    DATA_DIR: isAbsolute(env.DATA_DIR) ? env.DATA_DIR : resolve(base, env.DATA_DIR),
  };
}

/** Where tests create their throw-away databases: TEST_DATABASE_URL, else the local MariaDB. */
export function testServerUrl(source: NodeJS.ProcessEnv = process.env): string {
  return source.TEST_DATABASE_URL?.trim() || 'mysql://root@127.0.0.1:3306';
}

/** The folders of PATH: where the private-database fallback looks for a server program. */
export function pathDirs(source: NodeJS.ProcessEnv = process.env): string[] {
  return (source.PATH ?? '').split(delimiter).filter(Boolean);
}
