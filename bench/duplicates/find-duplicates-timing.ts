// How long a coordinator waits for the possible-duplicates list: the domain's findDuplicates over
// 10,000 labelled registrations (the generator of the duplicates tests), in Node. The screen runs
// the same function in a Web Worker.
//   pnpm --filter @registry/bench duplicates [--patients 10000] [--runs 5]
import { findDuplicates } from '@registry/domain';
import { labelledRegistrations } from '../../packages/domain/src/duplicates/test-registrations';
import { numberArg } from '../support/args';
import { writeResults } from '../support/results';
import { median } from '../support/stats';

const PATIENTS = numberArg('patients', 10_000);
const RUNS = numberArg('runs', 5);

// About 84 people in 100 are registered once; the rest twice or more.
const patients = labelledRegistrations(7, Math.ceil(PATIENTS * 0.84)).registrations.slice(0, PATIENTS);
const times: number[] = [];
let pairs = 0;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  pairs = findDuplicates(patients).length;
  times.push(performance.now() - start);
}
const summary = {
  patients: patients.length,
  pairs,
  medianMs: Math.round(median(times)),
  minMs: Math.round(Math.min(...times)),
  maxMs: Math.round(Math.max(...times)),
};
console.log(
  `findDuplicates over ${summary.patients} patients: ${summary.pairs} pairs; median ${summary.medianMs} ms (min ${summary.minMs}, max ${summary.maxMs}) over ${RUNS} runs`,
);
writeResults('find-duplicates', { runs: RUNS, ...summary, timesMs: times.map(Math.round) });
