// Recomputes what is due whenever it may have changed: install, startup, alarm, any write.
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { db, getSettings } from '@/lib/db';
import { loadSchedule } from '@/lib/store';
import { computeDue } from '@/lib/schedule';
import { DATA_VERSION_KEY } from '@/lib/messaging';
import { updateBadge } from './badge';
import { notifyNewItems } from './notifications';

/** How long the last recompute took, kept for diagnostics and `npm run bench`. */
export const LAST_RECOMPUTE_KEY = 'lastRecompute';

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
      const started = performance.now();
      const [data, settings, snoozes] = await Promise.all([loadSchedule(), getSettings(), db.snoozes.toArray()]);
      const loaded = performance.now();
      const items = computeDue(data, now, settings, snoozes);
      const computeMs = performance.now() - loaded;
      await updateBadge(items);
      await notifyNewItems(items, settings, now);
      await browser.storage.local.set({
        [DATA_VERSION_KEY]: Date.now(),
        [LAST_RECOMPUTE_KEY]: { loadMs: loaded - started, computeMs, items: items.length, at: now.toISOString() },
      });
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
