import { useCallback, useState } from 'react';

export interface Submit {
  working: boolean;
  /** The last attempt's failure, until the next attempt. */
  error: unknown;
  /** Runs `work` once at a time; true when it succeeded. */
  run: (work: () => Promise<void>) => Promise<boolean>;
  reset: () => void;
}

/** One server action of a form or a button: whether it is under way and why it last failed. */
export function useSubmit(): Submit {
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = useCallback(async (work: () => Promise<void>) => {
    setWorking(true);
    setError(undefined);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(failure ?? new Error('failed'));
      return false;
    } finally {
      setWorking(false);
    }
  }, []);
  const reset = useCallback(() => setError(undefined), []);
  return { working, error, run, reset };
}
