// Check-ins: a mentor is due for one when the last contact of any kind is `cadenceDays` old.
import { ACTIVITY_KINDS, type Activity, type Mentor } from '../data/model';
import type { RuleSettings } from './settings';
import type { DueItem } from './types';
import { dayKey, daysUntil, localDay, plusDays } from './dates';
import { plural, severityBefore } from './severity';

/** Kinds that are contact with the mentor; a private note is not. */
export const CONTACT_KINDS = new Set<Activity['kind']>(ACTIVITY_KINDS.filter((kind) => kind !== 'note'));

/** THE last-contact rule, used by the due items, the history summary and the sidebar: the newest
 * activity of a contact kind at or before `nowIso`. A scheduled (future) meeting is not contact yet. */
export function newestContact(activities: Iterable<Activity>, nowIso: string): Activity | undefined {
  // Stored timestamps compare as strings (lib/data/model.ts): no parsing over a long history.
  let best: Activity | undefined;
  for (const a of activities) {
    if (CONTACT_KINDS.has(a.kind) && a.at <= nowIso && (best === undefined || a.at > best.at)) best = a;
  }
  return best;
}

/** The newest past contact (newestContact()), or when the mentor was added if there was none yet. */
export function lastContact(mentor: Mentor, activities: Iterable<Activity>, now: Date): string {
  return newestContact(activities, now.toISOString())?.at ?? mentor.createdAt;
}

/** The day a check-in falls due: `cadenceDays` after the last contact (lastContact()). */
export function nextCheckinDay(mentor: Mentor, last: string): Date {
  return plusDays(localDay(last), mentor.cadenceDays);
}

/** `last` is lastContact() of the mentor: computeDue finds it for every mentor in one pass. */
export function checkinItem(mentor: Mentor, last: string, rules: RuleSettings, now: Date): DueItem | null {
  if (mentor.status !== 'active') return null;
  const dueDay = nextCheckinDay(mentor, last);
  const left = daysUntil(dueDay, now);
  const severity = severityBefore(left, rules.upcomingDays);
  if (!severity) return null;
  const since = -daysUntil(localDay(last), now);
  const every = `you check in every ${mentor.cadenceDays} days`;
  const contact = last === mentor.createdAt ? 'No contact since you added them' : 'Last contact';
  const reason =
    severity === 'upcoming'
      ? `Check-in with ${mentor.name} in ${plural(left, 'day')} (${every})`
      : `${contact} ${plural(since, 'day')} ago: time to check in with ${mentor.name} (${every})`;
  return {
    id: `checkin:${mentor.id}:${dayKey(dueDay)}`,
    kind: 'checkin',
    mentorId: mentor.id,
    mentorName: mentor.name,
    dueDate: dayKey(dueDay),
    severity,
    reason,
  };
}
