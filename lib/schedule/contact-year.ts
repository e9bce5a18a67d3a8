// A mentor's last year of contact, and the gaps in it: the days past the check-in cadence with no
// contact. A gap starts on the day the check-in rule (nextCheckinDay) made a check-in due.
import { subMonths } from 'date-fns';
import type { Activity, Mentor } from '../data/model';
import { CONTACT_KINDS, nextCheckinDay } from './checkin';
import { dayKey, daysUntil, localDay } from './dates';

export interface ContactGap {
  /** The day a check-in fell due (YYYY-MM-DD). */
  from: string;
  /** The day of the next contact, or today while the gap is still open. */
  to: string;
  /** Days past due. */
  days: number;
  /** Still open today: no contact since the check-in fell due. */
  open: boolean;
}

export interface ContactYear {
  /** The first day shown: a year before today. */
  from: string;
  to: string;
  /** Contacts in that year, oldest first (private notes and planned meetings are not contacts). */
  contacts: Activity[];
  gaps: ContactGap[];
}

export function contactYear(mentor: Mentor, activities: readonly Activity[], now: Date, months = 12): ContactYear {
  const today = localDay(now.toISOString());
  const start = subMonths(today, months);
  const nowIso = now.toISOString();
  const past = activities.filter((a) => CONTACT_KINDS.has(a.kind) && a.at <= nowIso && !Number.isNaN(Date.parse(a.at))).sort((a, b) => a.at.localeCompare(b.at));

  const gaps: ContactGap[] = [];
  const gap = (due: Date, end: Date, open: boolean) => {
    const days = daysUntil(end, due);
    if (days > 0 && end > start) gaps.push({ from: dayKey(due < start ? start : due), to: dayKey(end), days, open });
  };
  // As the check-in rule counts: from the last contact, or from when the mentor was added.
  let last = past[0] && past[0].at < mentor.createdAt ? past[0].at : mentor.createdAt;
  for (const contact of past) {
    if (contact.at <= last) continue;
    gap(nextCheckinDay(mentor, last), localDay(contact.at), false);
    last = contact.at;
  }
  // Paused or ended: no check-in is due now, so nothing is open.
  if (mentor.status === 'active') gap(nextCheckinDay(mentor, last), today, true);

  const from = dayKey(start);
  return { from, to: dayKey(today), contacts: past.filter((a) => dayKey(localDay(a.at)) >= from), gaps };
}
