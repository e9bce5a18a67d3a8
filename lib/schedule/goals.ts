// Goals for the mentorship are revisited every few months and shared with the mentor.
import type { Goal, Mentor } from '../data/model';
import type { RuleSettings } from './settings';
import type { DueItem } from './types';
import { daysUntil, localDay } from './dates';
import { severityBefore } from './severity';

export function goalItem(goal: Goal, mentor: Mentor, rules: RuleSettings, now: Date): DueItem | null {
  if (goal.done || mentor.status !== 'active') return null;
  const severity = severityBefore(daysUntil(localDay(goal.revisitOn), now), rules.upcomingDays);
  if (!severity) return null;
  return {
    id: `goal-revisit:${goal.id}:${goal.revisitOn}`,
    kind: 'goal-revisit',
    mentorId: mentor.id,
    mentorName: mentor.name,
    dueDate: goal.revisitOn,
    severity,
    reason: `Revisit your goal with ${mentor.name}: ${goal.text}`,
  };
}
