// One desktop notification per newly due item, never repeated on a recompute.
import { browser } from 'wxt/browser';
import type { NotifiedRow } from '@/lib/data/db';
import { forgetNotified, markNotified, notifiedRow, notifiedRows } from '@/lib/data/notified';
import { actionable, type DueItem, type Settings } from '@/lib/schedule';
import { snooze } from '@/lib/data/snoozes';
import { openOptions } from '@/lib/navigation/open-options';
import type { OptionsPlace } from '@/lib/navigation/options-place';
import { writeLinks, type WriteTarget } from '@/lib/views/write';
import { openThreadFromWorker, writeFromWorker } from './write';

const SNOOZE_DAYS = 1;
/** More new items than this at once (an import, notifications turned back on) make one summary. */
const MAX_SEPARATE = 5;
const SUMMARY_ID = 'followthrough-summary';

export function inQuietHours(settings: Settings, now: Date): boolean {
  const { quietStartHour: start, quietEndHour: end } = settings;
  const h = now.getHours();
  if (start === end) return false;
  return start < end ? h >= start && h < end : h >= start || h < end;
}

export async function notifyNewItems(items: DueItem[], settings: Settings, now: Date): Promise<void> {
  const current = actionable(items);
  const ids = new Set(current.map((i) => i.id));
  const seen = await notifiedRows();
  // Forget items that are no longer due, so the next cycle's item (a new id) is announced.
  const gone = seen.filter((r) => !ids.has(r.itemId)).map((r) => r.itemId);
  if (gone.length) await forgetNotified(gone);
  if (!settings.notificationsEnabled || inQuietHours(settings, now)) return;
  const seenIds = new Set(seen.map((r) => r.itemId));
  const fresh = current.filter((i) => !seenIds.has(i.id));
  if (fresh.length === 0) return;
  const row = (i: DueItem): NotifiedRow => ({ itemId: i.id, at: now.toISOString(), mentorId: i.mentorId, letterId: i.letterId, kind: i.kind });
  // An item counts as announced only once its notification exists: one that failed to show
  // (the browser refused it, the worker stopped) is tried again on the next recompute.
  if (fresh.length > MAX_SEPARATE) {
    await browser.notifications.create(SUMMARY_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: `FollowThrough: ${fresh.length} things are due`,
      message: fresh.slice(0, 3).map((i) => i.reason).join('\n'),
      buttons: [{ title: 'Open' }],
    });
    await markNotified(fresh.map(row));
    return;
  }
  const failures: unknown[] = [];
  for (const item of fresh) {
    try {
      // "Write" when the step is a message to the mentor; the row remembers what the button does.
      const writes = !!(await writeLinks(targetOf(row(item)), now).catch(() => null))?.message;
      await browser.notifications.create(item.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: `${item.severity === 'overdue' ? 'Overdue' : 'Due'}: ${item.mentorName}`,
        message: item.reason,
        buttons: [{ title: writes ? 'Write' : 'Open' }, { title: `Snooze ${SNOOZE_DAYS} day` }],
        priority: item.severity === 'overdue' ? 1 : 0,
      });
      await markNotified({ ...row(item), ...(writes ? { writes } : {}) });
    } catch (err) {
      failures.push(err);
    }
  }
  // The others were shown and recorded; the caller still learns that some were not.
  if (failures.length) throw new Error(`${failures.length} of ${fresh.length} notifications could not be shown: ${String(failures[0])}`);
}

/** Where to act on an announced item: the letter or the mentor in the options page. */
export function placeFor(row: NotifiedRow | undefined): OptionsPlace | undefined {
  if (row?.letterId) return ['letter', row.letterId];
  return row?.mentorId ? ['mentor', row.mentorId] : undefined;
}

function targetOf(row: NotifiedRow): WriteTarget {
  return { mentorId: row.mentorId ?? '', letterId: row.letterId, kind: row.kind };
}

/** A click on the notification: the last thread with the mentor, or options when there is no mail to go to. */
export async function notificationClicked(id: string): Promise<void> {
  void browser.notifications.clear(id);
  const row = await notifiedRow(id);
  if (row?.mentorId) await openThreadFromWorker(targetOf(row), placeFor(row));
  else await openOptions(placeFor(row));
}

/** Its buttons: write (or open the item when it is no message) and snooze. */
export async function notificationButtonClicked(id: string, button: number): Promise<void> {
  void browser.notifications.clear(id);
  const row = await notifiedRow(id);
  // The write itself triggers a recompute (storagemutated).
  if (button !== 0) await snooze(id, SNOOZE_DAYS, new Date());
  else if (row?.writes && row.mentorId) await writeFromWorker(targetOf(row));
  else await openOptions(placeFor(row));
}

export function setupNotifications(): void {
  const failed = (err: unknown) => console.error('FollowThrough: notification action failed', err);
  browser.notifications.onClicked.addListener((id) => void notificationClicked(id).catch(failed));
  browser.notifications.onButtonClicked.addListener((id, button) => void notificationButtonClicked(id, button).catch(failed));
}
