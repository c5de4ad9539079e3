import type { Version } from '@registry/domain';
import { useEffect, useMemo, useState } from 'react';
import { EVERY_PATIENT } from '../local/local-store';
import { type AnyState, chartStates } from '../local/patient-summary';
import { useServices } from './services-context';

export interface Chart {
  loading: boolean;
  versions: Version[];
  /** Every record of the chart by id: the patient, its episodes and their log entries. */
  states: Map<string, AnyState>;
}

/** One patient's chart from the device's store, read again whenever it changes (in any tab). */
export function useChart(patientId: string | undefined): Chart {
  const { store } = useServices();
  // Kept with the id they were read for, so that moving to another patient never shows the last one's.
  const [read, setRead] = useState<{ patientId: string; versions: Version[] }>();
  useEffect(() => {
    if (!patientId) return;
    let live = true;
    const reread = () =>
      void store.chart(patientId).then((versions) => {
        if (live) setRead({ patientId, versions });
      });
    reread();
    const stop = store.subscribe((ids) => {
      if (ids.includes(patientId) || ids.includes(EVERY_PATIENT)) reread();
    });
    return () => {
      live = false;
      stop();
    };
  }, [store, patientId]);
  const versions = read && read.patientId === patientId ? read.versions : undefined;
  return useMemo(
    () => ({
      loading: versions === undefined,
      versions: versions ?? [],
      states: chartStates(versions ?? []),
    }),
    [versions],
  );
}
