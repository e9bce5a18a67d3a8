// Meetings: an agenda shortly before, a thank-you within a day or two after.
import type { Activity, Mentor } from '../data/model';
import type { RuleSettings } from './settings';
import type { DueItem } from './types';
import { dayKey, daysUntil, localDay } from './dates';
import { severityBefore, severityWithin } from './severity';

const OUTGOING = new Set<Activity['kind']>(['email-sent', 'update', 'thank-you']);
/** Past this many days a missed thank-you is dropped; the check-in cadence takes over. */
const THANKS_STALE_DAYS = 14;
const DAY_MS = 86_400_000;

/** The earliest activity meetingItems can look at: older ones never change its answer. */
export function meetingHorizon(rules: RuleSettings, now: Date): string {
  return new Date(now.getTime() - (THANKS_STALE_DAYS + 1 + rules.upcomingDays) * DAY_MS).toISOString();
}

/** `activities` may be the mentor's whole history or only those since meetingHorizon(). */
export function meetingItems(
  mentor: Mentor,
  activities: Activity[],
  rules: RuleSettings,
  now: Date,
): DueItem[] {
  const out: DueItem[] = [];
  const nowMs = now.getTime();
  // Only meetings near today can need anything; most of a long history is skipped unparsed.
  const earliest = nowMs - (THANKS_STALE_DAYS + 1) * DAY_MS;
  const latestMs = nowMs + (rules.upcomingDays + rules.agendaDaysBefore + 1) * DAY_MS;
  for (const meeting of activities) {
    if (meeting.kind !== 'meeting') continue;
    const meetingMs = Date.parse(meeting.at);
    if (meetingMs < earliest || meetingMs > latestMs) continue;
    const day = localDay(meeting.at);
    const base = { mentorId: mentor.id, mentorName: mentor.name, dueDate: dayKey(day) };
    if (meetingMs > nowMs) {
      // An agenda sent in the week before the meeting settles it.
      const windowStart = meetingMs - rules.upcomingDays * DAY_MS;
      const sent = activities.some((a) => OUTGOING.has(a.kind) && Date.parse(a.at) >= windowStart && Date.parse(a.at) <= nowMs);
      const left = daysUntil(day, now);
      const severity = severityBefore(left - rules.agendaDaysBefore, rules.upcomingDays);
      if (sent || !severity || mentor.status !== 'active') continue;
      out.push({
        ...base,
        id: `meeting-agenda:${meeting.id}`,
        kind: 'meeting-agenda',
        severity: severity === 'overdue' ? 'due' : severity,
        reason: `Meeting with ${mentor.name} ${left === 0 ? 'today' : left === 1 ? 'tomorrow' : `in ${left} days`}: send a short agenda (updates, 3 to 5 questions, documents)`,
      });
    } else {
      const thanked = activities.some((a) => (a.kind === 'thank-you' || a.kind === 'email-sent') && Date.parse(a.at) >= meetingMs);
      const since = -daysUntil(day, now);
      if (thanked || since > THANKS_STALE_DAYS) continue;
      out.push({
        ...base,
        id: `meeting-thanks:${meeting.id}`,
        kind: 'meeting-thanks',
        severity: severityWithin(since, rules.thankYouDays),
        reason: `Thank ${mentor.name} for the meeting${meeting.text ? ` (${meeting.text})` : ''}, naming one or two takeaways`,
      });
    }
  }
  return out;
}
