import { useEffect, useState } from 'react';
import { EMPTY_REFERENCE, loadReferenceData, type ReferenceData } from '../reference/reference-data';
import { useServices } from './services-context';
import { useSyncState } from './use-sync-state';

/** Hospitals and the staff directory as kept on the device, read again after each sync. */
export function useReference(): ReferenceData {
  const { store } = useServices();
  const { lastSuccessAt } = useSyncState();
  const [data, setData] = useState<ReferenceData>(EMPTY_REFERENCE);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a finished sync may have brought new lists
  useEffect(() => {
    let live = true;
    void loadReferenceData(store).then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [store, lastSuccessAt]);
  return data;
}
