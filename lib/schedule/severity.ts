import type { Severity } from './types';

/**
 * For a step due on a given day, `left` calendar days from today: upcoming within the window
 * before it, due on the day, overdue after; null while it is further off.
 */
export function severityBefore(left: number, upcomingDays: number): Severity | null {
  if (left > upcomingDays) return null;
  if (left > 0) return 'upcoming';
  return left === 0 ? 'due' : 'overdue';
}

/** For a step that falls due on a day and should be done within `graceDays` of it. */
export function severityWithin(daysSince: number, graceDays: number): Severity {
  return daysSince > graceDays ? 'overdue' : 'due';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
