// Everything due, as a pure function of (data, now, settings).
import type { Activity, Snooze } from '../model';
import type { RuleSettings } from './settings';
import { SEVERITY_ORDER, type DueItem, type ScheduleData } from './types';
import { checkinItem } from './checkin';
import { letterItems } from './letters';
import { meetingItems } from './meetings';
import { goalItem } from './goals';

export * from './types';
export * from './settings';
export { lastContact, nextCheckinDay } from './checkin';
export { nextStep, isOpen } from './letters';

export function computeDue(
  data: ScheduleData,
  now: Date,
  rules: RuleSettings,
  snoozes: Snooze[] = [],
): DueItem[] {
  const byMentor = new Map<string, Activity[]>();
  for (const a of data.activities) {
    const list = byMentor.get(a.mentorId);
    if (list) list.push(a);
    else byMentor.set(a.mentorId, [a]);
  }
  const mentors = new Map(data.mentors.map((m) => [m.id, m]));
  const items: DueItem[] = [];
  for (const mentor of data.mentors) {
    const acts = byMentor.get(mentor.id) ?? [];
    const checkin = checkinItem(mentor, acts, rules, now);
    if (checkin) items.push(checkin);
    items.push(...meetingItems(mentor, acts, rules, now));
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
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.dueDate.localeCompare(b.dueDate));
}

/** Items that need action now: what the badge counts and notifications announce. */
export function actionable(items: DueItem[]): DueItem[] {
  return items.filter((i) => i.severity !== 'upcoming');
}
