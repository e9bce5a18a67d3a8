// Dates as a person reads them; shared by the sidebar, popup and options.
import { format } from 'date-fns';
import { daysUntil, localDay } from '../schedule/dates';

/** "today", "tomorrow", "in 12 days", "3 days ago". */
export function relativeDays(isoOrDay: string, now: Date): string {
  const d = daysUntil(localDay(isoOrDay), now);
  if (d === 0) return 'today';
  if (d === 1) return 'tomorrow';
  if (d === -1) return 'yesterday';
  return d > 0 ? `in ${d} days` : `${-d} days ago`;
}

/** "Jan 15, 2027", or "Jan 15" within the current year. */
export function shortDate(isoOrDay: string, now: Date): string {
  const day = localDay(isoOrDay);
  return format(day, day.getFullYear() === now.getFullYear() ? 'MMM d' : 'MMM d, yyyy');
}
