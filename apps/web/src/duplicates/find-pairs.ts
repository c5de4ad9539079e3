import { type DuplicateCandidate, type DuplicatePair, findDuplicates } from '@registry/domain';

/**
 * The possible duplicate pairs among `candidates`, scored in a Web Worker where there is one (the
 * browser), and in line elsewhere (tests in Node).
 */
export function findPairs(candidates: readonly DuplicateCandidate[]): Promise<DuplicatePair[]> {
  if (typeof Worker === 'undefined') return Promise.resolve(findDuplicates(candidates));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DuplicatePair[]>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message));
      worker.terminate();
    };
    worker.postMessage(candidates);
  });
}
