import { useEffect, useState } from 'react';
import { useServices } from '../app/services-context';
import type { OutboxRow } from '../local/registry-db';

/** The outbox as it is now, read again whenever the store changes. */
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
