// Everything due, as a pure function of (data, now, settings).
import type { Activity, Snooze } from '../model';
import type { RuleSettings } from './settings';
import { SEVERITY_ORDER, type DueItem, type ScheduleData } from './types';
import { CONTACT_KINDS, checkinItem } from './checkin';
import { letterItems } from './letters';
import { meetingHorizon, meetingItems } from './meetings';
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
  // One pass over the history: each mentor's last contact, and the few recent activities the
  // meeting rules read. Timestamps compare as strings (lib/model.ts).
  const nowIso = now.toISOString();
  const horizon = meetingHorizon(rules, now);
  const last = new Map<string, string>();
  const recent = new Map<string, Activity[]>();
  for (const a of data.activities) {
    if (CONTACT_KINDS.has(a.kind) && a.at <= nowIso && a.at > (last.get(a.mentorId) ?? '')) last.set(a.mentorId, a.at);
    if (a.at >= horizon) {
      const list = recent.get(a.mentorId);
      if (list) list.push(a);
      else recent.set(a.mentorId, [a]);
    }
  }
  const mentors = new Map(data.mentors.map((m) => [m.id, m]));
  const items: DueItem[] = [];
  for (const mentor of data.mentors) {
    const checkin = checkinItem(mentor, last.get(mentor.id) ?? mentor.createdAt, rules, now);
    if (checkin) items.push(checkin);
    const acts = recent.get(mentor.id);
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
