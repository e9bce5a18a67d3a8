// Calendar-day arithmetic in the user's own time zone (the runtime's), so "due today" means today
// where the user is, whatever the UTC offset of a stored timestamp.
import { addDays, startOfDay } from 'date-fns';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored instant (ISO) or calendar date (YYYY-MM-DD) as the local calendar day it falls on. */
export function localDay(iso: string): Date {
  // A bare date is that day in the user's zone; an instant parses natively. Both by hand: this
  // runs for every mentor and letter on each recompute, and date-fns parseISO is far slower.
  const parts = CALENDAR_DATE.exec(iso);
  if (!parts) return startOfDay(new Date(iso));
  const [y, m, d] = [Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])];
  const day = new Date(y, m, d);
  // Feb 30 is no day: an invalid date, as parseISO gives, rather than a roll-over to March.
  return day.getMonth() === m && day.getDate() === d ? day : new Date(NaN);
}

/** YYYY-MM-DD of the local day. Written out by hand: date-fns `format` parses its pattern on
 * every call, and this runs for every mentor and letter on each recompute. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole calendar days from `now` to `day` (negative when `day` is past), counted on the local
 * calendar, so a daylight-saving change never makes a day of 23 or 25 hours count wrong. */
export function daysUntil(day: Date, now: Date): number {
  // Same answer as date-fns differenceInCalendarDays, at a fraction of the cost on the hot path.
  const calendar = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((calendar(day) - calendar(now)) / 86_400_000);
}

export function plusDays(day: Date, days: number): Date {
  return addDays(day, days);
}

export function latest(isos: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  let bestMs = -Infinity;
  for (const iso of isos) {
    if (!iso) continue;
    const ms = Date.parse(iso);
    if (ms > bestMs) {
      bestMs = ms;
      best = iso;
    }
  }
  return best;
}
