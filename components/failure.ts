// A user action that fails says why where the user acted: these turn a thrown error into the
// sentence shown beside the button or form, instead of an unhandled rejection nobody sees.
import { useCallback, useState } from 'react';

/** "The reminder was not recorded: No more reminders for this letter..." */
export function failureMessage(what: string, err: unknown): string {
  const why = err instanceof Error ? err.message : String(err);
  return why ? `${what}: ${why}` : `${what}.`;
}

/**
 * `run(what, action)` performs the action and keeps its failure; `error` is the message to show
 * next to the control.
 */
export function useFailure(): { error: string; run: (what: string, action: () => Promise<unknown>) => Promise<void> } {
  const [error, setError] = useState('');
  const run = useCallback(async (what: string, action: () => Promise<unknown>) => {
    // Cleared when an action starts, not when it ends: a slower success must not hide the
    // failure of a later click (a double click's second step, refused).
    setError('');
    try {
      await action();
    } catch (err) {
      setError(failureMessage(what, err));
    }
  }, []);
  return { error, run };
}
