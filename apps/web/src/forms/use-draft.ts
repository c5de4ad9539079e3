import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useServices } from '../app/services-context';

/** Waits this long after the last keystroke before writing the draft: often enough to lose nothing. */
const DRAFT_DELAY_MS = 300;

export interface Draft {
  /** A draft from an earlier visit was put back into the form. */
  restoredAt?: string;
  /** Forgets the draft, after the form was saved or the person chose to start again. */
  clear(): Promise<void>;
}

/**
 * Keeps a half-filled form on the device as it is typed, and puts it back when the form opens again,
 * so an app switch, a reload, an update or a dead battery loses nothing. `key` names the form and
 * the record it is about (e.g. `episode:new:surgery:<patientId>`).
 */
export function useDraft<T extends FieldValues>(
  key: string,
  form: UseFormReturn<T>,
  baseVersionId?: string,
): Draft {
  const { store } = useServices();
  const [restoredAt, setRestoredAt] = useState<string>();
  const ready = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    let live = true;
    ready.current = false;
    void store.db.drafts.get(key).then((row) => {
      if (!live) return;
      if (row) {
        form.reset(row.values as T, { keepDefaultValues: true });
        setRestoredAt(row.savedAt);
      }
      ready.current = true;
    });
    return () => {
      live = false;
    };
  }, [store, key, form]);

  useEffect(() => {
    let waiting: (() => void) | undefined;
    const subscription = form.watch((values) => {
      if (!ready.current) return;
      clearTimeout(timer.current);
      waiting = () => {
        waiting = undefined;
        void store.db.drafts.put({
          key,
          values,
          savedAt: new Date().toISOString(),
          ...(baseVersionId ? { baseVersionId } : {}),
        });
      };
      timer.current = setTimeout(() => waiting?.(), DRAFT_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
      // Leaving the form right after a keystroke still keeps it (unless the draft was just cleared).
      if (ready.current) waiting?.();
    };
  }, [store, key, form, baseVersionId]);

  // Writes stop while the draft is deleted, so that a write already waiting cannot bring it back;
  // they start again afterwards for forms that stay open (a log entry, "Start again").
  const clear = useCallback(async () => {
    clearTimeout(timer.current);
    ready.current = false;
    await store.db.drafts.delete(key);
    setRestoredAt(undefined);
    ready.current = true;
  }, [store, key]);

  return { ...(restoredAt ? { restoredAt } : {}), clear };
}

/**
 * The version an edit's draft was made on, read before the edit form opens: the form must continue
 * from that version, not from a newer one that arrived since, or saving would silently undo the
 * newer edit. Editing the older version instead makes a conflict that shows both.
 */
export function useDraftBase(key: string): { loading: boolean; baseVersionId?: string } {
  const { store } = useServices();
  const [read, setRead] = useState<{ key: string; baseVersionId?: string }>();
  useEffect(() => {
    let live = true;
    void store.db.drafts.get(key).then((row) => {
      if (live) setRead({ key, ...(row?.baseVersionId ? { baseVersionId: row.baseVersionId } : {}) });
    });
    return () => {
      live = false;
    };
  }, [store, key]);
  if (read?.key !== key) return { loading: true };
  return { loading: false, ...(read.baseVersionId ? { baseVersionId: read.baseVersionId } : {}) };
}
