// A user action that fails says why where the user acted: these turn a thrown error into the
// sentence shown beside the button or form, instead of an unhandled rejection nobody sees.
import { useCallback, useState } from 'react';

/** "The reminder was not recorded: No more reminders for this letter..." */
export function failureMessage(what: string, err: unknown): string {
  const why = err instanceof Error ? err.message : String(err);
  return why ? `${what}: ${why}` : `${what}.`;
}

/**
 * `run(what, action)` performs the action and keeps its failure (or clears the last one on
 * success); `error` is the message to show next to the control.
 */
export function useFailure(): { error: string; run: (what: string, action: () => Promise<unknown>) => Promise<void> } {
  const [error, setError] = useState('');
  const run = useCallback(async (what: string, action: () => Promise<unknown>) => {
    try {
      await action();
      setError('');
    } catch (err) {
      setError(failureMessage(what, err));
    }
  }, []);
  return { error, run };
}
