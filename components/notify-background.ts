import { send } from '@/lib/messaging/protocol';

/** Runs a write from an extension page, then wakes the worker so the badge follows at once. */
export async function writeThenNotify(write: () => Promise<unknown>): Promise<void> {
  await write();
  await send({ type: 'data-changed' }).catch(() => undefined);
}
