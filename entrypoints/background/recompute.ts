// Recomputes what is due whenever it may have changed: install, startup, alarm, any write.
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { db, getSettings } from '@/lib/db';
import { computeDueFrom, summarizeHistory, type HistorySummary } from '@/lib/schedule';
import { DATA_VERSION_KEY } from '@/lib/messaging';
import { updateBadge } from './badge';
import { notifyNewItems } from './notifications';

/** How long the last recompute took, kept for diagnostics and `npm run bench`. */
export const LAST_RECOMPUTE_KEY = 'lastRecompute';

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> = Promise.resolve();
/** The activity history summarized, with the row count it was built from; dropped when
 * activities or settings change. Most recomputes (alarms, letters, snoozes) then never read the
 * history, which is the bulk of the data. The count catches a write whose change event has not
 * arrived yet (another page's write, broadcast late). */
let history: { summary: HistorySummary; count: number } | null = null;
/** Bumped on each invalidation, so a summary read before a write is never kept after it. */
let generation = 0;

/** Tables whose change makes the history summary stale. */
const HISTORY_TABLES = ['activities', 'settings'];
/** Written by the recompute itself (which items were announced): no reason to run again. */
const BOOKKEEPING_TABLES = ['notified'];

/** Drops the summary when `tables` (unknown: all) include one it depends on. */
export function historyChanged(tables: string[] | undefined): void {
  if (tables && !tables.some((t) => HISTORY_TABLES.includes(t))) return;
  history = null;
  generation += 1;
}

/** The tables of a Dexie change set, from keys like "idb://followthrough/<table>/<index>". */
function tablesOf(parts: Record<string, unknown> | undefined): string[] | undefined {
  return parts && Object.keys(parts).map((key) => key.split('/')[3] ?? '');
}

/** Debounced: a burst of writes (an import, a thread visit) recomputes once. */
export function scheduleRecompute(delayMs = 150): void {
  clearTimeout(timer);
  timer = setTimeout(() => void recomputeNow(), delayMs);
}

/** Everything the rules read, from one read transaction so records and history agree. */
function readSnapshot(now: Date) {
  const tables = [db.mentors, db.letters, db.goals, db.settings, db.snoozes, db.activities];
  return db.transaction('r', tables, async () => {
    const [mentors, letters, goals, settings, snoozes, count] = await Promise.all([
      db.mentors.toArray(),
      db.letters.toArray(),
      db.goals.toArray(),
      getSettings(),
      db.snoozes.toArray(),
      db.activities.count(),
    ]);
    if (history?.count === count) return { mentors, letters, goals, settings, snoozes, summary: history.summary };
    const started = performance.now();
    const seen = generation;
    const activities = await db.activities.toArray();
    const summary = summarizeHistory(activities, settings, now);
    if (seen === generation) history = { summary, count: activities.length };
    return { mentors, letters, goals, settings, snoozes, summary, historyMs: performance.now() - started };
  });
}

async function settle(what: string, effect: Promise<unknown>): Promise<void> {
  await effect.catch((err: unknown) => console.error(`FollowThrough: ${what} failed`, err));
}

export function recomputeNow(now = new Date()): Promise<void> {
  running = running.then(async () => {
    try {
      const started = performance.now();
      const { mentors, letters, goals, settings, snoozes, summary, historyMs } = await readSnapshot(now);
      const loaded = performance.now();
      const items = computeDueFrom({ mentors, letters, goals }, summary, now, settings, snoozes);
      const computeMs = performance.now() - loaded;
      // Each effect on its own: a failing badge must not stop notifications or sidebar refreshes.
      await settle('badge', updateBadge(items));
      await settle('notifications', notifyNewItems(items, settings, now));
      await browser.storage.local.set({
        [DATA_VERSION_KEY]: Date.now(),
        [LAST_RECOMPUTE_KEY]: { loadMs: loaded - started, historyMs, computeMs, items: items.length, at: now.toISOString() },
      });
    } catch (err) {
      console.error('FollowThrough: recompute failed', err);
    }
  });
  return running;
}

export function setupRecompute(): void {
  // Fires for writes in this worker and, through Dexie's broadcast, in the popup and options.
  Dexie.on('storagemutated', (parts) => {
    const tables = tablesOf(parts);
    if (tables?.every((t) => BOOKKEEPING_TABLES.includes(t))) return;
    historyChanged(tables);
    scheduleRecompute();
  });
  browser.runtime.onInstalled.addListener(() => scheduleRecompute(0));
  browser.runtime.onStartup.addListener(() => scheduleRecompute(0));
}
