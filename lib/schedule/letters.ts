// The life of one letter request (docs/rules.md): ask early, send the packet, at most two polite
// reminders, thank the writer, share the outcome; a decline points to another writer.
import { format } from 'date-fns';
import type { LetterRequest, Mentor } from '../model';
import type { RuleSettings } from './settings';
import type { DueItem, DueKind, Severity } from './types';
import { dayKey, daysUntil, localDay, plusDays } from './dates';
import { plural, severityBefore, severityWithin } from './severity';

const NOT_SUBMITTED = new Set<LetterRequest['status']>(['agreed', 'materials-sent']);

/** What the user should do next for a request, in a few words (popup, sidebar). */
export function nextStep(letter: LetterRequest, rules: RuleSettings): string {
  switch (letter.status) {
    case 'planned':
      return 'Ask for the letter';
    case 'asked':
      return 'Wait for their answer';
    case 'agreed':
      return 'Send the packet';
    case 'declined':
      return letter.declineHandledAt ? 'Closed' : 'Thank them; ask another writer';
    case 'materials-sent':
      return letter.remindersSent >= rules.maxReminders
        ? 'Wait for submission (no more reminders)'
        : 'Remind a week before the deadline';
    case 'submitted':
      return 'Send a thank-you';
    case 'thanked':
      return letter.outcome ? 'Share the outcome' : 'Share the outcome when you hear';
    case 'outcome-shared':
      return 'Done';
  }
}

/** Whether the request still needs something from the user. */
export function isOpen(letter: LetterRequest): boolean {
  if (letter.status === 'declined') return !letter.declineHandledAt;
  return letter.status !== 'outcome-shared';
}

export function letterItems(
  letter: LetterRequest,
  mentor: Mentor,
  rules: RuleSettings,
  now: Date,
): DueItem[] {
  const deadline = localDay(letter.deadline);
  const left = daysUntil(deadline, now);
  const item = (kind: DueKind, severity: Severity, dueDay: Date, reason: string, step = ''): DueItem => ({
    id: `${kind}:${letter.id}${step}`,
    kind,
    mentorId: mentor.id,
    mentorName: mentor.name,
    letterId: letter.id,
    dueDate: dayKey(dueDay),
    severity,
    reason,
  });
  // A step's start day; a missing timestamp (hand-edited data) counts as today.
  const dayOf = (iso: string | undefined) => localDay(iso ?? now.toISOString());
  const sinceDay = (iso: string | undefined) => -daysUntil(dayOf(iso), now);
  const out: DueItem[] = [];
  const program = letter.program;
  const on = (day: Date) => format(day, 'MMM d');

  // An ended mentorship asks nothing more of the mentor; steps that answer them still stand.
  const ended = mentor.status === 'ended';

  if (letter.status === 'planned' && !ended) {
    const askBy = plusDays(deadline, -rules.askWarnDays);
    // The first day with fewer than the ask-ahead weeks left: the step's due date.
    const dueFrom = plusDays(askBy, 1);
    if (left < rules.askLateDays) {
      out.push(item('letter-ask', 'overdue', dueFrom, `Late: ${left < 0 ? 'the deadline has passed' : `only ${plural(left, 'day')} left`} for ${program}; ask ${mentor.name} today and offer what helps`));
    } else if (left < rules.askWarnDays) {
      out.push(item('letter-ask', 'due', dueFrom, `Ask ${mentor.name} now: ${plural(left, 'day')} before the ${program} deadline (ask at least ${rules.askWarnDays / 7} weeks ahead)`));
    } else if (left - rules.askWarnDays <= rules.upcomingDays) {
      out.push(item('letter-ask', 'upcoming', dueFrom, `Ask ${mentor.name} by ${on(askBy)}, ${rules.askWarnDays / 7} weeks before the ${program} deadline`));
    }
  }

  if (letter.status === 'agreed') {
    const agreed = letter.agreedAt ?? letter.askedAt;
    out.push(item('letter-packet', severityWithin(sinceDay(agreed), rules.packetDays), dayOf(agreed), `${mentor.name} agreed: send the packet (CV, statement, program details, summary, instructions)`));
  }

  if (NOT_SUBMITTED.has(letter.status) && !ended) {
    const reminder = reminderItem(letter, mentor.name, left, deadline, rules, now);
    if (reminder) out.push(item('letter-reminder', reminder.severity, reminder.day, reminder.reason, `:${letter.remindersSent + 1}`));
  }

  if (letter.status === 'declined' && !letter.declineHandledAt) {
    const severity: Severity = left < rules.askLateDays ? 'overdue' : 'due';
    const time = left < 0 ? 'the deadline has passed' : `${plural(left, 'day')} left`;
    out.push(item('letter-find-writer', severity, dayOf(letter.declinedAt), `${mentor.name} declined the ${program} letter: thank them, then ask another writer (${time})`));
  }

  if (letter.status === 'submitted') {
    out.push(item('letter-thanks', severityWithin(sinceDay(letter.submittedAt), rules.thankYouDays), dayOf(letter.submittedAt), `${mentor.name} submitted the ${program} letter: send a sincere thank-you`));
  }

  if ((letter.status === 'submitted' || letter.status === 'thanked') && letter.outcome && !letter.outcomeSharedAt) {
    out.push(item('letter-outcome', severityWithin(sinceDay(letter.outcomeKnownAt), rules.outcomeDays), dayOf(letter.outcomeKnownAt), `Tell ${mentor.name} the outcome for ${program} (${letter.outcome}) and thank them again`));
  }
  return out;
}

/** Whether one more reminder is allowed now: never past the cap, never two within a few days. */
export function canRemind(
  letter: LetterRequest,
  rules: Pick<RuleSettings, 'maxReminders' | 'minDaysBetweenReminders'>,
  now: Date,
): boolean {
  if (letter.remindersSent >= rules.maxReminders) return false;
  if (!letter.lastReminderAt) return true;
  return -daysUntil(localDay(letter.lastReminderAt), now) >= rules.minDaysBetweenReminders;
}

/**
 * The first reminder is due in the week before the deadline. A second is only offered quietly
 * (upcoming: no badge, no notification) until the deadline passes unsubmitted. Never a third,
 * never two within `minDaysBetweenReminders`.
 */
function reminderItem(
  letter: LetterRequest,
  mentorName: string,
  left: number,
  deadline: Date,
  rules: RuleSettings,
  now: Date,
): { severity: Severity; day: Date; reason: string } | null {
  const sent = letter.remindersSent;
  if (!canRemind(letter, rules, now)) return null;
  const day = plusDays(deadline, -rules.reminderDaysBefore);
  const when = left < 0 ? `the deadline passed ${plural(-left, 'day')} ago` : left === 0 ? 'the deadline is today' : `the deadline is in ${plural(left, 'day')}`;
  if (sent === 0) {
    const severity = severityBefore(left - rules.reminderDaysBefore, rules.upcomingDays);
    if (!severity) return null;
    if (severity === 'upcoming') return { severity, day, reason: `One polite reminder to ${mentorName} in the week before the deadline (from ${format(day, 'MMM d')})` };
    return { severity: left < 0 ? 'overdue' : 'due', day, reason: `Send ${mentorName} one polite reminder: ${when} and the letter is not marked submitted` };
  }
  if (left > rules.reminderDaysBefore) return null;
  const last = `follow-up ${sent + 1} of ${rules.maxReminders}, the last`;
  if (left >= 0) return { severity: 'upcoming', day: deadline, reason: `Optional ${last}: ${when}; only if ${mentorName} has not submitted` };
  return { severity: 'due', day: deadline, reason: `${when[0].toUpperCase()}${when.slice(1)} and the letter is not marked submitted: one ${last}, to ${mentorName}` };
}
