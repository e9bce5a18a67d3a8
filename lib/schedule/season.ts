// The season view's picture of one letter request: when its ask and reminder steps fall due, and
// what has happened so far. The dates are not worked out here: each day is put to letterItems(),
// the rule the badge and the popup use, so a change to the rules moves the picture with them.
import type { LetterRequest, Mentor } from '../data/model';
import type { RuleSettings } from './settings';
import type { DueKind, Severity } from './types';
import { dayKey, daysUntil, localDay, plusDays } from './dates';
import { letterItems } from './letters';

/** A run of days (YYYY-MM-DD, both ends included) on which a step has one severity. */
export interface StepSpan {
  from: string;
  to: string;
  severity: Severity;
}

export interface LetterPlan {
  /** The last day to ask before asking is due (the "ask by" day); none when no ask is due. */
  askBy?: string;
  /** The ask step's days, for a request not asked yet. */
  ask: StepSpan[];
  /** The reminder steps' days, for a request not yet submitted: the reminder window. */
  reminders: StepSpan[];
}

const BEFORE_SUBMISSION = new Set<LetterRequest['status']>(['planned', 'asked', 'agreed', 'materials-sent']);
/** Past the deadline a step stays overdue; the picture follows it this far at most. */
const AFTER_DEADLINE_DAYS = 60;

/**
 * When each step of `letter` is upcoming, due or overdue if nothing changes from `today` on. A
 * request not yet agreed shows the reminder window it will have once the packet is out.
 */
export function letterPlan(letter: LetterRequest, mentor: Mentor, rules: RuleSettings, today: Date): LetterPlan {
  const deadline = localDay(letter.deadline);
  if (Number.isNaN(deadline.getTime())) return { ask: [], reminders: [] };
  // Far enough back for the earliest a step can show (the ask, with its upcoming notice).
  const first = plusDays(deadline, -(rules.askWarnDays + rules.upcomingDays + 1));
  const last = plusDays(deadline, Math.min(AFTER_DEADLINE_DAYS, Math.max(0, -daysUntil(deadline, today))));
  const asPlanned: LetterRequest = { ...letter, status: 'planned' };
  const sent = letter.status === 'agreed' || letter.status === 'materials-sent';
  const asWaiting: LetterRequest = sent
    ? { ...letter, status: 'materials-sent' }
    : { ...letter, status: 'materials-sent', remindersSent: 0, lastReminderAt: undefined };

  const askDays = probe(asPlanned, mentor, rules, first, last, 'letter-ask');
  const firstDue = askDays.find((d) => d.severity !== 'upcoming');
  return {
    askBy: firstDue && dayKey(plusDays(localDay(firstDue.day), -1)),
    ask: letter.status === 'planned' ? spans(askDays) : [],
    reminders: BEFORE_SUBMISSION.has(letter.status) ? spans(probe(asWaiting, mentor, rules, first, last, 'letter-reminder')) : [],
  };
}

/** The severity of the step of `kind` on each day from `first` to `last`, where there is one. */
function probe(letter: LetterRequest, mentor: Mentor, rules: RuleSettings, first: Date, last: Date, kind: DueKind) {
  const out: { day: string; severity: Severity }[] = [];
  for (let day = first; day <= last; day = plusDays(day, 1)) {
    // Noon: the middle of the day, whatever the zone's daylight-saving change does to its ends.
    const noon = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 12);
    const item = letterItems(letter, mentor, rules, noon).find((i) => i.kind === kind);
    if (item) out.push({ day: dayKey(day), severity: item.severity });
  }
  return out;
}

/** Consecutive days of one severity, as spans. */
function spans(days: { day: string; severity: Severity }[]): StepSpan[] {
  const out: StepSpan[] = [];
  for (const { day, severity } of days) {
    const prev = out.at(-1);
    if (prev && prev.severity === severity && dayKey(plusDays(localDay(prev.to), 1)) === day) prev.to = day;
    else out.push({ from: day, to: day, severity });
  }
  return out;
}

export interface LetterEvent {
  /** What happened, in a word or two: "Asked", "Reminder 2 of 2". */
  label: string;
  at: string;
}

/** What has happened to a request so far, oldest first. */
export function letterHistory(letter: LetterRequest): LetterEvent[] {
  const events: [string, string | undefined][] = [
    ['Asked', letter.askedAt],
    ['Agreed', letter.agreedAt],
    ['Declined', letter.declinedAt],
    ['Packet sent', letter.materialsSentAt],
    [letter.remindersSent > 1 ? `Reminder ${letter.remindersSent}` : 'Reminder', letter.remindersSent > 0 ? letter.lastReminderAt : undefined],
    ['Submitted', letter.submittedAt],
    ['Thanked', letter.thankedAt],
    ['Outcome shared', letter.outcomeSharedAt],
  ];
  return events
    .filter((e): e is [string, string] => typeof e[1] === 'string' && !Number.isNaN(Date.parse(e[1])))
    .map(([label, at]) => ({ label, at }))
    .sort((a, b) => a.at.localeCompare(b.at));
}
