// Everything due, as a pure function of (data, now, settings). Every item belongs to one mentor
// and depends only on that mentor's records, so the list is each mentor's items (mentorItems),
// snoozes removed, in one fixed order (finishDue): the worker recomputes one mentor after a
// write about them and gets the same list as computing everything.
import type { Goal, LetterRequest, Mentor, Snooze } from '../data/model';
import type { RuleSettings } from './settings';
import { SEVERITY_ORDER, type DueItem, type ScheduleData } from './types';
import { checkinItem } from './checkin';
import { letterItems } from './letters';
import { meetingItems } from './meetings';
import { lastContactIn, summarizeHistory, type HistorySummary, type MentorHistory } from './contact-summary';
import { goalItem } from './goals';
import { awaitingReplyItem, replyOwedItem } from './replies';

export * from './types';
export * from './settings';
export { lastContact, newestContact, nextCheckinDay } from './checkin';
export { nextStep, isOpen, canRemind, reminderWindow, askFollowUpDue, type ReminderWindow } from './letters';
export { summarizeMail, lastAnswer, type MailSummary } from './replies';
export { lastContactIn, summarizeHistory, summarizeMentor, type HistorySummary, type MentorHistory } from './contact-summary';

/** What the rules read about one mentor. */
export interface MentorRecords {
  letters: Iterable<LetterRequest>;
  goals: Iterable<Goal>;
  history: MentorHistory | undefined;
}

export function computeDue(
  data: ScheduleData,
  now: Date,
  rules: RuleSettings,
  snoozes: Snooze[] = [],
): DueItem[] {
  return computeDueFrom(data, summarizeHistory(data.activities, rules, now), now, rules, snoozes);
}

/** computeDue with the history already summarized. */
export function computeDueFrom(
  data: Omit<ScheduleData, 'activities'>,
  history: HistorySummary,
  now: Date,
  rules: RuleSettings,
  snoozes: Snooze[] = [],
): DueItem[] {
  const letters = groupByMentor(data.letters);
  const goals = groupByMentor(data.goals ?? []);
  const items: DueItem[] = [];
  for (const mentor of data.mentors) {
    const own = { letters: letters.get(mentor.id) ?? [], goals: goals.get(mentor.id) ?? [], history: history.get(mentor.id) };
    items.push(...mentorItems(mentor, own, rules, now));
  }
  return finishDue(items, snoozes, now);
}

/** Everything due with one mentor, snoozed items included, in no particular order. */
export function mentorItems(mentor: Mentor, own: MentorRecords, rules: RuleSettings, now: Date): DueItem[] {
  const items: DueItem[] = [];
  const mail = own.history?.mail ?? {};
  const owed = replyOwedItem(mentor, mail, rules, now);
  if (owed) items.push(owed);
  // A letter request waiting for an answer has its own follow-up: no second one for the same silence.
  // `letters` may be a one-pass iterator (the worker's state): read it once.
  const letters = [...own.letters];
  const askWaiting = letters.some((l) => l.status === 'asked');
  const awaiting = awaitingReplyItem(mentor, mail, rules, now, askWaiting);
  if (awaiting) items.push(awaiting);
  const checkin = checkinItem(mentor, lastContactIn(own.history, mentor, now), rules, now);
  if (checkin) items.push(checkin);
  if (own.history) items.push(...meetingItems(mentor, own.history.recent, rules, now));
  for (const letter of letters) items.push(...letterItems(letter, mentor, rules, now, mail));
  for (const goal of own.goals) {
    const item = goalItem(goal, mentor, rules, now);
    if (item) items.push(item);
  }
  return items;
}

/** Drops snoozed items; most urgent first, then soonest, then by id, so the order never depends
 * on the order the records were read in. */
export function finishDue(items: Iterable<DueItem>, snoozes: Iterable<Snooze>, now: Date): DueItem[] {
  const snoozed = new Map<string, number>();
  for (const s of snoozes) snoozed.set(s.itemId, Date.parse(s.until));
  const nowMs = now.getTime();
  const out: DueItem[] = [];
  for (const item of items) if (!((snoozed.get(item.id) ?? 0) > nowMs)) out.push(item);
  return out.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compare(a.dueDate, b.dueDate) || compare(a.id, b.id),
  );
}

function groupByMentor<T extends { mentorId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.mentorId);
    if (list) list.push(row);
    else out.set(row.mentorId, [row]);
  }
  return out;
}

/** Plain order for YYYY-MM-DD strings and ids; localeCompare's collation is far slower and not needed. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Items that need action now: what the badge counts and notifications announce. */
export function actionable(items: DueItem[]): DueItem[] {
  return items.filter((i) => i.severity !== 'upcoming');
}
