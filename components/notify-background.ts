// Every write an extension page makes goes through here, so the worker hears of it.
import { send } from '@/lib/messaging/protocol';

/**
 * Runs a write from an extension page, then wakes the worker so the badge follows at once.
 * Gives back what the write returned (the new record, its id).
 */
export async function writeThenNotify<T>(write: () => Promise<T>): Promise<T> {
  const result = await write();
  await send({ type: 'data-changed' }).catch(() => undefined);
  return result;
}
