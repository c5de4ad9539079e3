import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';

// Every CI run checks SIM_SEEDS seeds (10,000 by default) from SIM_FROM; on demand, many more:
//   SIM_SEEDS=200000 pnpm exec vitest run apps/web/src/sync/simulation
// A failing seed is replayed alone with SIM_FROM=<seed> SIM_SEEDS=1.
const FROM = Number(process.env.SIM_FROM ?? 1);
const SEEDS = Number(process.env.SIM_SEEDS ?? 10_000);

describe('sync simulation with lost requests and responses, duplicates and crashes', () => {
  it(`loses nothing and converges on seeds ${FROM}–${FROM + SEEDS - 1}`, { timeout: 600_000 }, async () => {
    const totals = { saved: 0, lostRequests: 0, lostResponses: 0, duplicated: 0, crashes: 0, failedSyncs: 0 };
    for (let seed = FROM; seed < FROM + SEEDS; seed++) {
      const result = await simulate(seed);
      if (result.lost.length > 0 || result.diverged.length > 0)
        expect.fail(
          `seed ${seed}: lost ${result.lost.length} versions, diverged: ${result.diverged.join(', ') || 'none'}. ` +
            `Replay: SIM_FROM=${seed} SIM_SEEDS=1 pnpm exec vitest run apps/web/src/sync/simulation`,
        );
      totals.saved += result.saved;
      for (const key of ['lostRequests', 'lostResponses', 'duplicated', 'crashes', 'failedSyncs'] as const)
        totals[key] += result.faults[key];
    }
    console.log(`sync simulation: ${SEEDS} seeds, ${JSON.stringify(totals)}, versions lost: 0`);
    // The faults really happened: a simulation that injects nothing proves nothing.
    expect(totals.lostRequests * totals.lostResponses * totals.duplicated * totals.crashes).toBeGreaterThan(
      0,
    );
  });
});
