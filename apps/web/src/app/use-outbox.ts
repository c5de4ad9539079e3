import { useEffect, useState } from 'react';
import type { OutboxRow } from '../local/registry-db';
import { useServices } from './services-context';

/**
 * The outbox as it is now (every version waiting to sync or refused, in saving order), read again
 * whenever the store changes. Undefined until first read.
 */
export function useOutbox(): OutboxRow[] | undefined {
  const { store } = useServices();
  const [rows, setRows] = useState<OutboxRow[]>();
  useEffect(() => {
    let live = true;
    const read = () => void store.outbox().then((r) => live && setRows(r));
    read();
    const stop = store.subscribe(read);
    return () => {
      live = false;
      stop();
    };
  }, [store]);
  return rows;
}
