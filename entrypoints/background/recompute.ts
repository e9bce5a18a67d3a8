// Recomputes what is due whenever it may have changed: install, startup, alarm, any write.
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { getSettings } from '@/lib/db';
import { dueItems } from '@/lib/store';
import { DATA_VERSION_KEY } from '@/lib/messaging';
import { updateBadge } from './badge';
import { notifyNewItems } from './notifications';

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> = Promise.resolve();

/** Debounced: a burst of writes (an import, a thread visit) recomputes once. */
export function scheduleRecompute(delayMs = 150): void {
  clearTimeout(timer);
  timer = setTimeout(() => void recomputeNow(), delayMs);
}

export function recomputeNow(now = new Date()): Promise<void> {
  running = running.then(async () => {
    try {
      const [items, settings] = await Promise.all([dueItems(now), getSettings()]);
      await updateBadge(items);
      await notifyNewItems(items, settings, now);
      await browser.storage.local.set({ [DATA_VERSION_KEY]: Date.now() });
    } catch (err) {
      console.error('FollowThrough: recompute failed', err);
    }
  });
  return running;
}

export function setupRecompute(): void {
  // Fires for writes in this worker and, through Dexie's broadcast, in the popup and options.
  Dexie.on('storagemutated', () => scheduleRecompute());
  browser.runtime.onInstalled.addListener(() => scheduleRecompute(0));
  browser.runtime.onStartup.addListener(() => scheduleRecompute(0));
}
