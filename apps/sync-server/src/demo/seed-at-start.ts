import type { RegistryDb } from '../db/registry-db';
import type { Logger } from '../logger';
import { demoReport } from './demo-report';
import { hasAnyUser } from './empty-registry';
import { DemoSeedRefused, type SeedDemoOptions, seedDemo } from './seed-demo';

export interface SeedAtStartOptions {
  logger: Logger;
  /** Where the newcomer signs in, e.g. http://localhost:8080. */
  url: string;
  /** A plain console block, beside the log line, that a newcomer reads among the JSON logs. */
  print?: (line: string) => void;
  /** Tests seed fewer patients, with cheap hashing. */
  seed?: Partial<Omit<SeedDemoOptions, 'now'>>;
  now?: Date;
}

/**
 * The first start on an empty database loads the demo, so every screen has something to show, and
 * says how to sign in. A database with any user is left alone. A failure is logged, not fatal: the
 * registry works without demo data.
 */
export async function seedDemoAtStart(db: RegistryDb, options: SeedAtStartOptions): Promise<boolean> {
  const { logger, url, print = console.log } = options;
  if (await hasAnyUser(db)) return false;
  try {
    const summary = await seedDemo(db, { ...options.seed, now: options.now ?? new Date(), via: 'start' });
    const [sentence = '', ...rest] = demoReport(summary, url);
    logger.info({ demo: { ...summary.counts, seed: summary.seed, elapsedMs: summary.elapsedMs } }, sentence);
    if (summary.rejected.length > 0) {
      logger.warn(
        { rejected: summary.rejected.slice(0, 5) },
        `The server refused ${summary.rejected.length} demo versions.`,
      );
    }
    const rule = '─'.repeat(72);
    for (const line of [
      rule,
      sentence,
      ...rest,
      'For real use, start on an empty database with SEED_DEMO=false.',
      rule,
    ]) {
      print(line);
    }
    return true;
  } catch (error) {
    // Another server seeded it first, or someone added a hospital before any user.
    if (error instanceof DemoSeedRefused) logger.info(error.message);
    else logger.error({ err: error }, 'The demo data could not be loaded; the registry starts without it.');
    return false;
  }
}
