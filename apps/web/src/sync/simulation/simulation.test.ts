import { describe, expect, it } from 'vitest';
import type { StoreKind } from './sim-device';
import { type SimulationResult, simulate } from './simulate';

// Every CI run checks SIM_SEEDS seeds (10,000 by default) from SIM_FROM with devices holding their
// versions in memory, and SIM_IDB_SEEDS seeds (300) with the phone's own IndexedDB store, which is
// slower. On demand, many more:
//   SIM_SEEDS=200000 pnpm exec vitest run apps/web/src/sync/simulation
// A failing seed prints the command that replays it alone.
const FROM = Number(process.env.SIM_FROM ?? 1);
const RUNS: Record<StoreKind, number> = {
  memory: Number(process.env.SIM_SEEDS ?? 10_000),
  indexeddb: Number(process.env.SIM_IDB_SEEDS ?? 300),
};
const COUNTED = [
  'lostRequests',
  'lostResponses',
  'duplicated',
  'reordered',
  'crashes',
  'serverRestarts',
  'restores',
  'failedSyncs',
] as const;

describe('sync simulation with lost, duplicated and reordered requests, crashes and server restarts', () => {
  for (const store of ['memory', 'indexeddb'] as const) {
    const seeds = RUNS[store];
    if (seeds === 0) continue;
    it(`loses nothing and converges with ${store} devices on seeds ${FROM}–${FROM + seeds - 1}`, {
      timeout: 900_000,
    }, async () => {
      const totals: Record<'saved' | (typeof COUNTED)[number], number> = {
        saved: 0,
        ...(Object.fromEntries(COUNTED.map((key) => [key, 0])) as Record<(typeof COUNTED)[number], number>),
      };
      for (let seed = FROM; seed < FROM + seeds; seed++) {
        const result = await simulate(seed, { store });
        if (result.lost.length > 0 || result.diverged.length > 0) expect.fail(failure(store, result));
        totals.saved += result.saved;
        for (const key of COUNTED) totals[key] += result.faults[key];
      }
      console.log(
        `sync simulation (${store}): ${seeds} seeds, ${JSON.stringify(totals)}, versions checked: ${totals.saved}, versions lost: 0`,
      );
      // The faults really happened: a simulation that injects nothing proves nothing.
      for (const key of COUNTED) expect(totals[key], key).toBeGreaterThan(0);
    });
  }
});

function failure(store: StoreKind, result: SimulationResult): string {
  const variable = store === 'memory' ? 'SIM_SEEDS=1 SIM_IDB_SEEDS=0' : 'SIM_SEEDS=0 SIM_IDB_SEEDS=1';
  return (
    `seed ${result.seed} (${store}): lost ${result.lost.length} versions, diverged: ${result.diverged.join(', ') || 'none'}. ` +
    `Replay: SIM_FROM=${result.seed} ${variable} pnpm exec vitest run apps/web/src/sync/simulation`
  );
}
