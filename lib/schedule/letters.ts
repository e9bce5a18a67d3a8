// The life of one letter request (docs/rules.md): ask early, send the packet, at most two polite
// reminders, thank the writer, share the outcome; a decline points to another writer.
import { format } from 'date-fns';
import type { LetterRequest, Mentor } from '../data/model';
import { answeredSince, type MailSummary } from './replies';
import type { RuleSettings } from './settings';
import type { DueItem, DueKind, Severity } from './types';
import { dayKey, daysUntil, localDay, plusDays } from './dates';
import { plural, severityWithin } from './severity';

const NOT_SUBMITTED = new Set<LetterRequest['status']>(['agreed', 'materials-sent']);

/** What the user should do next for a request, in a few words (popup, sidebar). */
export function nextStep(letter: LetterRequest, rules: RuleSettings): string {
  switch (letter.status) {
    case 'planned':
      return 'Ask for the letter';
    case 'asked':
      return letter.remindersSent > 0 ? 'Wait for their answer (followed up)' : 'Wait for their answer';
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
  mail: MailSummary = {},
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

  if (!ended) {
    const reminder = reminderWindow(letter, rules, now);
    if (reminder) out.push(item('letter-reminder', reminder.severity, reminder.day, reminderReason(reminder, letter, mentor.name, rules), `:${letter.remindersSent + 1}`));
  }

  if (!ended && askFollowUpDue(letter, mentor, mail, rules, now)) {
    const since = sinceDay(letter.askedAt);
    out.push(item('letter-ask-followup', 'due', plusDays(dayOf(letter.askedAt), rules.askFollowUpDays), `No answer from ${mentor.name} ${plural(since, 'day')} after you asked for the ${program} letter: one polite follow-up (it counts as 1 of ${rules.maxReminders})`));
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

export type ReminderRules = Pick<
  RuleSettings,
  'maxReminders' | 'minDaysBetweenReminders' | 'reminderDaysBefore' | 'earlyReminderDaysBefore' | 'upcomingDays'
>;

export interface ReminderWindow {
  /** early: the optional one about three weeks ahead; final: the one a week before; late: the
   * deadline passed unsubmitted. */
  phase: 'early' | 'final' | 'late';
  severity: Severity;
  /** The day this reminder is for. */
  day: Date;
  /** Days from today to the deadline (negative once passed). */
  left: number;
}

/**
 * The one rule for when a deadline reminder is offered (due items, letter actions, suggestions,
 * calendar). "Follow up politely 1-2 times, with the final reminder sent about a week before
 * the deadline": when two are still possible, an optional early one `earlyReminderDaysBefore`
 * ahead (quiet), and the final one `reminderDaysBefore` ahead (due); once the final one is sent
 * nothing more until the deadline passes unsubmitted, which makes a remaining one overdue.
 * Never past the cap, never two within `minDaysBetweenReminders`. Null: nothing to offer now.
 */
export function reminderWindow(letter: LetterRequest, rules: ReminderRules, now: Date): ReminderWindow | null {
  if (!canRemind(letter, rules, now)) return null;
  const plan = reminderPlan(letter, rules);
  if (plan.length === 0) return null;
  const deadline = localDay(letter.deadline);
  const left = daysUntil(deadline, now);
  if (left < 0) return { phase: 'late', severity: 'overdue', day: deadline, left };
  const final = plan.find((p) => p.phase === 'final');
  if (!final) return null; // the final one is sent: nothing until the deadline passes
  if (left <= rules.reminderDaysBefore) return { ...final, severity: 'due', left };
  const early = plan.find((p) => p.phase === 'early');
  if (early && left <= rules.earlyReminderDaysBefore) return { ...early, severity: 'upcoming', left };
  if (left - rules.reminderDaysBefore <= rules.upcomingDays) return { ...final, severity: 'upcoming', left };
  return null;
}

/**
 * The days the remaining reminders fall on, whatever today is (the calendar export shows them):
 * the early one while two remain, the final one until it is sent, then the deadline itself,
 * which only matters if it passes unsubmitted. Empty when the cap is reached or none applies.
 */
export function reminderPlan(
  letter: LetterRequest,
  rules: Pick<RuleSettings, 'maxReminders' | 'reminderDaysBefore' | 'earlyReminderDaysBefore'>,
): { phase: ReminderWindow['phase']; day: Date }[] {
  const remaining = rules.maxReminders - letter.remindersSent;
  const deadline = localDay(letter.deadline);
  if (!NOT_SUBMITTED.has(letter.status) || remaining <= 0 || Number.isNaN(deadline.getTime())) return [];
  const finalDay = plusDays(deadline, -rules.reminderDaysBefore);
  const finalSent = !!letter.lastReminderAt && daysUntil(finalDay, localDay(letter.lastReminderAt)) <= 0;
  if (finalSent) return [{ phase: 'late', day: deadline }];
  const early = remaining >= 2 ? [{ phase: 'early' as const, day: plusDays(deadline, -rules.earlyReminderDaysBefore) }] : [];
  return [...early, { phase: 'final', day: finalDay }];
}

function reminderReason(w: ReminderWindow, letter: LetterRequest, mentorName: string, rules: RuleSettings): string {
  const { left } = w;
  const when = left < 0 ? `the deadline passed ${plural(-left, 'day')} ago` : left === 0 ? 'the deadline is today' : `the deadline is in ${plural(left, 'day')}`;
  const count = `follow-up ${letter.remindersSent + 1} of ${rules.maxReminders}`;
  switch (w.phase) {
    case 'early':
      return `Optional early ${count} to ${mentorName}: ${when}; the final one goes a week before`;
    case 'late':
      return `${when[0].toUpperCase()}${when.slice(1)} and the letter is not marked submitted: send ${mentorName} one polite ${count}`;
    case 'final':
      return w.severity === 'upcoming'
        ? `One polite reminder to ${mentorName} in the week before the deadline (from ${format(w.day, 'MMM d')})`
        : `Send ${mentorName} one polite reminder (${count}): ${when} and the letter is not marked submitted`;
  }
}

/**
 * A letter request with no answer: one polite follow-up `askFollowUpDays` after asking. It is
 * one of the letter's 1 to 2 follow-ups (it counts in `remindersSent`), so it is offered only
 * while none has been sent. Any answer from the mentor since the ask cancels it.
 */
export function askFollowUpDue(
  letter: LetterRequest,
  mentor: Pick<Mentor, 'theyRepliedAt'>,
  mail: MailSummary,
  rules: Pick<RuleSettings, 'askFollowUpDays' | 'maxReminders' | 'minDaysBetweenReminders'>,
  now: Date,
): boolean {
  return askFollowUpOpen(letter, rules, now) && !answeredSince(mentor, mail, letter.askedAt ?? '');
}

/** The ask follow-up's timing alone: asked long enough ago, none sent yet, allowed by the cap.
 * Recording it (lib/schedule/letter-actions.ts) needs only this: the user knows whether they had an answer. */
export function askFollowUpOpen(
  letter: LetterRequest,
  rules: Pick<RuleSettings, 'askFollowUpDays' | 'maxReminders' | 'minDaysBetweenReminders'>,
  now: Date,
): boolean {
  if (letter.status !== 'asked' || !letter.askedAt || letter.remindersSent > 0) return false;
  if (!canRemind(letter, rules, now)) return false;
  return -daysUntil(localDay(letter.askedAt), now) >= rules.askFollowUpDays;
}
