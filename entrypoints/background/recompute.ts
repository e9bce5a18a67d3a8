// Recomputes what is due whenever it may have changed: start, alarm, any write. The worker keeps
// what the rules read in memory (rule-state.ts) and follows Dexie's change events, so a write costs
// what it changes rather than a read of every table.
//
// Why 'storagemutated': it is the one Dexie event that fires both for this worker's own writes
// and, relayed by Dexie, for the popup's and the options page's, each naming the keys written.
// A DBCore middleware would see the written values but only in the context that writes, so the
// other pages' writes would need a relay of our own; liveQuery re-runs whole queries, which is
// the cost this avoids. The event carries keys, not values, so the worker re-reads those rows.
import { browser } from 'wxt/browser';
import type { DueItem } from '@/lib/schedule';
import { DATA_VERSION_KEY } from '@/lib/messaging/protocol';
import { onDatabaseChange, wholeTables, type Touched } from '@/lib/data/changes';
import { updateBadge } from './badge';
import { notifyNewItems } from './notifications';
import { RuleState } from './rule-state';

/** How long the last recompute took, kept for diagnostics and `npm run bench`. */
export const LAST_RECOMPUTE_KEY = 'lastRecompute';
/** Written by the recompute itself (which items were announced): no reason to run again. */
const BOOKKEEPING_TABLES = ['notified'];
/** A burst of writes (a thread visit writes a thread row and its messages) recomputes once. */
const BURST_MS = 10;

export const state = new RuleState();
let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> = Promise.resolve();
/** Why the next recompute runs: a write (only what it touched), or the periodic check. */
let periodicDue = false;

/** Brings the state up to date with a write; any write but bookkeeping then recomputes. */
export function dataChanged(touched: Touched | null): void {
  const tables = touched ? [...touched.keys()] : undefined;
  if (tables?.every((t) => BOOKKEEPING_TABLES.includes(t))) return;
  void state.changed(touched);
  scheduleRecompute();
}

/** A write Dexie did not see (the tests' and the demo's seeding) names its tables. */
export function tablesWritten(tables: string[]): void {
  dataChanged(wholeTables(tables));
}

export function scheduleRecompute(delayMs = BURST_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => void recomputeNow(), delayMs);
}

/** The alarm's run: checks the state against the database, then recomputes the mentors whose
 * items the clock has changed (all of them after midnight or a full read). */
export function periodicRecompute(): Promise<void> {
  periodicDue = true;
  return recomputeNow();
}

async function settle(what: string, effect: Promise<unknown>): Promise<void> {
  await effect.catch((err: unknown) => console.error(`FollowThrough: ${what} failed`, err));
}

/** Notifications wait for a pause in the writes: they read and write the announced items, which
 * should not hold up the badge, the sidebar's refresh or a write the user is waiting on. */
const NOTIFY_AFTER_MS = 300;
let notifyTimer: ReturnType<typeof setTimeout> | undefined;
let notifying: Promise<void> = Promise.resolve();

/** Announces the newest recompute's items once writes pause; one run at a time. */
function notifySoon(items: DueItem[], now: Date): void {
  clearTimeout(notifyTimer);
  notifyTimer = setTimeout(() => {
    notifying = notifying.then(() => settle('notifications', notifyNewItems(items, state.rows.settings, now)));
  }, NOTIFY_AFTER_MS);
}

/** A wall-clock time with sub-millisecond precision, comparable with an extension page's. */
const clock = () => performance.timeOrigin + performance.now();

export function recomputeNow(now = new Date()): Promise<void> {
  running = running.then(async () => {
    try {
      const startedAt = clock();
      const { run, read, loadMs, computeMs } = await state.run(async () => {
        const begun = performance.now();
        let read: 'start' | 'full' | 'counts' | 'none' = 'none';
        if (!state.loaded) {
          await state.loadAll(now);
          read = 'start';
        } else if (periodicDue) read = await state.check(now);
        periodicDue = false;
        const loaded = performance.now();
        const run = state.due(now);
        return { run, read, loadMs: loaded - begun, computeMs: performance.now() - loaded };
      });
      const { items } = run;
      // Each effect on its own: a failing badge must not stop notifications or sidebar refreshes.
      await settle('badge', updateBadge(items));
      const badgeAt = clock();
      notifySoon(items, now);
      await browser.storage.local.set({
        [DATA_VERSION_KEY]: Date.now(),
        [LAST_RECOMPUTE_KEY]: { read, loadMs, computeMs, fullReadMs: state.fullReadMs, mentorsComputed: run.mentorsComputed, items: items.length, startedAt, badgeAt, at: now.toISOString() },
      });
    } catch (err) {
      console.error('FollowThrough: recompute failed', err);
    }
  });
  return running;
}

export function setupRecompute(): void {
  // Fires for writes in this worker and, through Dexie's broadcast, in the popup and options.
  onDatabaseChange(dataChanged);
  browser.runtime.onInstalled.addListener(() => scheduleRecompute(0));
  browser.runtime.onStartup.addListener(() => scheduleRecompute(0));
}
