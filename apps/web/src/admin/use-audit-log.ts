import type { AuditEntry } from '@registry/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminApi, AuditFilters } from './admin-api';

export interface AuditLog {
  entries: AuditEntry[];
  /** Where the next (older) page starts; null when there is none. */
  nextCursor: string | null;
  loading: boolean;
  error?: unknown;
}

const EMPTY: AuditLog = { entries: [], nextCursor: null, loading: true };

/**
 * The audit log under `filters` (kept by identity: memoise them), newest first, a page at a time:
 * `loadMore` adds the next older page. A change of filters starts again, and a page asked for under
 * the old filters is dropped when it arrives.
 */
export function useAuditLog(api: AdminApi, filters: AuditFilters) {
  const [log, setLog] = useState<AuditLog>(EMPTY);
  const [round, setRound] = useState(0);
  const generation = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` changes to ask for a reload
  useEffect(() => {
    const mine = ++generation.current;
    setLog(EMPTY);
    api.auditPage(filters).then(
      (page) => mine === generation.current && setLog({ ...page, loading: false }),
      (error: unknown) => mine === generation.current && setLog({ ...EMPTY, loading: false, error }),
    );
  }, [api, filters, round]);

  const loadMore = useCallback(async () => {
    if (!log.nextCursor || log.loading) return;
    const mine = generation.current;
    setLog((current) => ({ ...current, loading: true, error: undefined }));
    try {
      const page = await api.auditPage(filters, log.nextCursor);
      if (mine !== generation.current) return;
      setLog((current) => ({
        entries: [...current.entries, ...page.entries],
        nextCursor: page.nextCursor,
        loading: false,
      }));
    } catch (error) {
      if (mine === generation.current) setLog((current) => ({ ...current, loading: false, error }));
    }
  }, [api, filters, log.nextCursor, log.loading]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...log, loadMore, reload };
}
