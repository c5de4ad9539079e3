import { demoReport } from '../../demo/demo-report';
import { MAX_DEMO_PATIENTS, MIN_DEMO_PATIENTS } from '../../demo/generate-demo';
import { DemoSeedRefused, seedDemo } from '../../demo/seed-demo';
import { loadEnv } from '../../env';
import { type CliCommand, parseCommandArgs, UsageError } from '../command';
import { withDatabase } from '../with-database';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  summary: 'Fill an empty database with realistic demo data, and print the demo logins.',
  usage: 'pnpm cli seed-demo [--patients N] [--seed S]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { patients: { type: 'string' }, seed: { type: 'string' } });
    const patients = values.patients === undefined ? undefined : Number(values.patients);
    if (
      patients !== undefined &&
      !(Number.isInteger(patients) && patients >= MIN_DEMO_PATIENTS && patients <= MAX_DEMO_PATIENTS)
    ) {
      throw new UsageError(
        `--patients must be a whole number from ${MIN_DEMO_PATIENTS} to ${MAX_DEMO_PATIENTS}`,
      );
    }
    const url = `http://localhost:${loadEnv(io.env).PORT}`;
    return withDatabase(io, async (db) => {
      try {
        const summary = await seedDemo(db, { now: new Date(), patients, seed: values.seed, via: 'cli' });
        for (const line of demoReport(summary, url)) io.out(line);
        if (summary.rejected.length === 0) return 0;
        io.err(
          `The server refused ${summary.rejected.length} demo versions, e.g.: ${summary.rejected[0]?.reason}`,
        );
        return 1;
      } catch (error) {
        if (!(error instanceof DemoSeedRefused)) throw error;
        io.err(error.message);
        return 1;
      }
    });
  },
};
