// Calendar-day arithmetic in the user's own time zone (the runtime's), so "due today" means today
// where the user is, whatever the UTC offset of a stored timestamp.
import { addDays, differenceInCalendarDays, format, parseISO, startOfDay } from 'date-fns';

/** A stored instant (ISO) or calendar date (YYYY-MM-DD) as the local calendar day it falls on. */
export function localDay(iso: string): Date {
  return startOfDay(parseISO(iso));
}

export function dayKey(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Whole calendar days from `now` to `day` (negative when `day` is past). */
export function daysUntil(day: Date, now: Date): number {
  return differenceInCalendarDays(day, now);
}

export function plusDays(day: Date, days: number): Date {
  return addDays(day, days);
}

export function latest(isos: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  let bestMs = -Infinity;
  for (const iso of isos) {
    if (!iso) continue;
    const ms = parseISO(iso).getTime();
    if (ms > bestMs) {
      bestMs = ms;
      best = iso;
    }
  }
  return best;
}
