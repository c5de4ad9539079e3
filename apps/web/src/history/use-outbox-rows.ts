import { useEffect, useState } from 'react';
import { useServices } from '../app/services-context';
import type { OutboxRow } from '../local/registry-db';

/**
 * The outbox rows of the given versions (those still waiting to sync, or refused by the server),
 * read again whenever the store or the outbox changes. Undefined until first read.
 */
export function useOutboxRows(versionIds: readonly string[]): ReadonlyMap<string, OutboxRow> | undefined {
  const { store } = useServices();
  const [rows, setRows] = useState<ReadonlyMap<string, OutboxRow>>();
  const key = versionIds.join(',');
  useEffect(() => {
    let live = true;
    const ids = key ? key.split(',') : [];
    const read = () =>
      void store.db.outbox
        .where('versionId')
        .anyOf(ids)
        .toArray()
        .then((found) => {
          if (live) setRows(new Map(found.map((row) => [row.versionId, row])));
        });
    read();
    // Any change may be a push settling (the listener hears [] for outbox-only changes).
    const stop = store.subscribe(read);
    return () => {
      live = false;
      stop();
    };
  }, [store, key]);
  return rows;
}
