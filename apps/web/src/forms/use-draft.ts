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
export function useDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>): Draft {
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
    const subscription = form.watch((values) => {
      if (!ready.current) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void store.db.drafts.put({ key, values, savedAt: new Date().toISOString() });
      }, DRAFT_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [store, key, form]);

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
