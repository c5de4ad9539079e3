import type { Version } from '@registry/domain';
import { useEffect, useState } from 'react';
import { useServices } from '../app/services-context';
import { usePatientIndex } from '../app/use-patients';
import { conflictQueue, type QueuedConflict } from './conflict-queue';

/**
 * Every record in conflict on the device. The patient summaries say which charts have conflicts, so
 * only those charts are read, again whenever any summary changes.
 */
export function useConflictQueue(): QueuedConflict[] | undefined {
  const { store } = useServices();
  const index = usePatientIndex();
  const [queue, setQueue] = useState<QueuedConflict[]>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index object stays; its revision changes
  useEffect(() => {
    let live = true;
    const ids = [...index.all()].filter((s) => s.conflictRecordIds.length > 0).map((s) => s.patientId);
    void Promise.all(ids.map(async (id) => [id, await store.chart(id)] as const)).then((charts) => {
      if (live) setQueue(conflictQueue(new Map<string, Version[]>(charts)));
    });
    return () => {
      live = false;
    };
  }, [store, index, index.revision, index.loaded]);
  return index.loaded ? queue : undefined;
}
