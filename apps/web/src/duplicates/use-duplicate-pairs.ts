import type { DuplicatePair } from '@registry/domain';
import { useEffect, useRef, useState } from 'react';
import { usePatientIndex } from '../app/use-patients';
import { duplicateCandidates } from './duplicate-candidates';
import { findPairs } from './find-pairs';

export interface DuplicatePairs {
  pairs: DuplicatePair[] | undefined;
  /** Patients compared in the last run. */
  compared: number;
  error?: string;
}

/** How long to let saves and syncs settle before scoring again: a sync changes many patients at once. */
const SETTLE_MS = 1500;

/**
 * The possible duplicate pairs among the patients on the device, scored again a moment after patients
 * change (a merge or a dismissal takes its pair off the list).
 */
export function useDuplicatePairs(): DuplicatePairs {
  const index = usePatientIndex();
  const [result, setResult] = useState<DuplicatePairs>({ pairs: undefined, compared: 0 });
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index object stays; its revision changes
  useEffect(() => {
    if (!index.loaded) return;
    let live = true;
    const run = () => {
      const candidates = duplicateCandidates(index.all());
      findPairs(candidates).then(
        (pairs) => live && setResult({ pairs, compared: candidates.length }),
        (error: unknown) =>
          live && setResult((r) => ({ ...r, error: error instanceof Error ? error.message : String(error) })),
      );
    };
    const timer = setTimeout(run, first.current ? 0 : SETTLE_MS);
    first.current = false;
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [index, index.revision, index.loaded]);
  return result;
}
