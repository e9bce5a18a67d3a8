// Everything due, as a pure function of (data, now, settings).
import type { Snooze } from '../model';
import type { RuleSettings } from './settings';
import { SEVERITY_ORDER, type DueItem, type ScheduleData } from './types';
import { checkinItem } from './checkin';
import { letterItems } from './letters';
import { meetingItems } from './meetings';
import { lastContactIn, summarizeHistory, type HistorySummary } from './history';
import { goalItem } from './goals';

export * from './types';
export * from './settings';
export { lastContact, nextCheckinDay } from './checkin';
export { nextStep, isOpen, canRemind } from './letters';
export { summarizeHistory, type HistorySummary } from './history';

export function computeDue(
  data: ScheduleData,
  now: Date,
  rules: RuleSettings,
  snoozes: Snooze[] = [],
): DueItem[] {
  return computeDueFrom(data, summarizeHistory(data.activities, rules, now), now, rules, snoozes);
}

/** computeDue with the history already summarized (the worker keeps the summary between runs). */
export function computeDueFrom(
  data: Omit<ScheduleData, 'activities'>,
  history: HistorySummary,
  now: Date,
  rules: RuleSettings,
  snoozes: Snooze[] = [],
): DueItem[] {
  const mentors = new Map(data.mentors.map((m) => [m.id, m]));
  const nowIso = now.toISOString();
  const items: DueItem[] = [];
  for (const mentor of data.mentors) {
    const checkin = checkinItem(mentor, lastContactIn(history, mentor, nowIso), rules, now);
    if (checkin) items.push(checkin);
    const acts = history.recent.get(mentor.id);
    if (acts) items.push(...meetingItems(mentor, acts, rules, now));
  }
  for (const letter of data.letters) {
    const mentor = mentors.get(letter.mentorId);
    if (mentor) items.push(...letterItems(letter, mentor, rules, now));
  }
  for (const goal of data.goals ?? []) {
    const mentor = mentors.get(goal.mentorId);
    const item = mentor && goalItem(goal, mentor, rules, now);
    if (item) items.push(item);
  }
  const snoozed = new Map(snoozes.map((s) => [s.itemId, Date.parse(s.until)]));
  const nowMs = now.getTime();
  return items
    .filter((item) => !((snoozed.get(item.id) ?? 0) > nowMs))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compare(a.dueDate, b.dueDate));
}

/** Plain order for YYYY-MM-DD strings; localeCompare's collation is far slower and not needed. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Items that need action now: what the badge counts and notifications announce. */
export function actionable(items: DueItem[]): DueItem[] {
  return items.filter((i) => i.severity !== 'upcoming');
}
