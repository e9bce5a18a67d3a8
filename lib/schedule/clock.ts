// When a mentor's due items next change with the clock alone, their records unchanged. Every
// rule counts calendar days, so the items hold until the next local midnight, except where a
// rule compares instants with now: an activity dated ahead (a booked meeting, a clock set wrong)
// becomes past, and may then be the last contact, turn a meeting's agenda into its thank-you, or
// settle an agenda. (The meeting rules' own window in milliseconds is wider than their calendar
// days, so crossing it changes nothing.) The worker recomputes a mentor only from that instant on;
// tests/unit/schedule/clock.test.ts checks the items are the same at every moment before it.
import type { Activity } from '../data/model';
import type { MentorHistory } from './contact-summary';
import { localDay, plusDays } from './dates';

/** `now` in the forms itemsChangeAt reads, worked out once for a whole recompute. */
export interface Clock {
  ms: number;
  iso: string;
  /** The next local midnight. */
  midnight: number;
}

export function clockAt(now: Date): Clock {
  return { ms: now.getTime(), iso: now.toISOString(), midnight: plusDays(localDay(now.toISOString()), 1).getTime() };
}

/** The first instant after `clock` at which mentorItems() may answer differently for the same
 * records; the answer is the same at every instant before it. */
export function itemsChangeAt(history: Pick<MentorHistory, 'last' | 'recent'> | undefined, clock: Clock): number {
  let next = clock.midnight;
  if (!history) return next;
  const activities: Activity[] = history.last ? [history.last, ...history.recent] : history.recent;
  for (const a of activities) {
    // The rules compare stored timestamps as strings (lib/data/model.ts); one not yet past by that
    // comparison is watched until it is, at the latest a moment from now.
    if (a.at <= clock.iso) continue;
    const ms = Date.parse(a.at);
    next = Math.min(next, Number.isNaN(ms) ? clock.ms + 1 : Math.max(ms, clock.ms + 1));
  }
  return next;
}
