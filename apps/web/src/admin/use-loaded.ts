import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  value?: T | undefined;
  error?: unknown;
  loading: boolean;
  reload: () => void;
  /** Puts a change the server confirmed into what is shown, without loading everything again. */
  update: (change: (value: T) => T) => void;
}

interface LoadState<T> {
  value?: T | undefined;
  error?: unknown;
  loading: boolean;
}

/**
 * What `load` answers, loaded when the screen opens and on `reload`. `load` must keep its identity
 * between renders (useCallback) or it loads on every render. What was shown stays during a reload.
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<LoadState<T>>({ loading: true });
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` changes to ask for a reload
  useEffect(() => {
    let live = true;
    setState((current) => ({ value: current.value, loading: true }));
    load().then(
      (value) => live && setState({ value, loading: false }),
      (error: unknown) => live && setState((current) => ({ value: current.value, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [load, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const update = useCallback(
    (change: (value: T) => T) =>
      setState((current) =>
        current.value === undefined ? current : { ...current, value: change(current.value) },
      ),
    [],
  );
  return { ...state, reload, update };
}
