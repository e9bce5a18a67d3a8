// A decline is "due" (find another writer) while 4 weeks or more remain, overdue under 4 weeks:
// the same late mark as asking. Pinned on both sides of the boundary day.
import { expect, it } from 'vitest';
import { letterItems } from '@/lib/schedule/letters';
import { at, letter, mentor, rules } from '../factories';

// Deadline Jan 15 2027: Dec 18 2026 leaves exactly 28 days (askLateDays).
const declined = letter({ status: 'declined', declinedAt: at(2026, 11, 20).toISOString() });
const severityOn = (now: Date) => letterItems(declined, mentor(), rules, now)[0]?.severity;

it('is due with exactly 4 weeks left, at any hour of that day', () => {
  expect(severityOn(at(2026, 12, 18, 0, 0))).toBe('due');
  expect(severityOn(at(2026, 12, 18, 23, 59))).toBe('due');
});

it('is overdue from the next day, one day under 4 weeks', () => {
  expect(severityOn(at(2026, 12, 19, 0, 0))).toBe('overdue');
});

it('follows the setting, not a fixed 28', () => {
  const strict = { ...rules, askLateDays: 35 };
  // Dec 11 leaves 35 days: due; Dec 12 leaves 34: overdue.
  expect(letterItems(declined, mentor(), strict, at(2026, 12, 11))[0]?.severity).toBe('due');
  expect(letterItems(declined, mentor(), strict, at(2026, 12, 12))[0]?.severity).toBe('overdue');
});
