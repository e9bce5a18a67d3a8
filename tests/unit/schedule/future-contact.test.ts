// A contact still ahead (a meeting booked for next week) is not contact yet: the check-in stays
// due until it happens. Checked through computeDue and the summary the worker keeps, which is
// where the rule has to hold for the badge, not only in lastContact().
import { expect, it } from 'vitest';
import { computeDue, computeDueFrom } from '@/lib/schedule';
import { summarizeHistory } from '@/lib/schedule/contact-summary';
import { activity, at, mentor, rules } from '../factories';

const now = at(2026, 11, 22);
const patel = mentor({ createdAt: at(2026, 1, 1).toISOString(), cadenceDays: 30 });
const data = (activities: ReturnType<typeof activity>[]) => ({ mentors: [patel], letters: [], activities, goals: [] });
const checkin = (items: ReturnType<typeof computeDue>) => items.find((i) => i.kind === 'checkin');

it('keeps a check-in due while the only newer contact is still in the future', () => {
  const past = activity('email-sent', at(2026, 10, 1));
  const booked = activity('meeting', at(2026, 11, 25));
  expect(checkin(computeDue(data([past]), now, rules))?.severity).toBe('overdue');
  expect(checkin(computeDue(data([past, booked]), now, rules))?.severity).toBe('overdue');
  // Far ahead as well as within the meeting window.
  const later = activity('meeting', at(2027, 3, 1));
  expect(checkin(computeDue(data([past, later]), now, rules))?.severity).toBe('overdue');
});

it('counts the meeting once it has happened, with a summary built before it', () => {
  const past = activity('email-sent', at(2026, 10, 1));
  const booked = activity('meeting', at(2026, 11, 25));
  const summary = summarizeHistory([past, booked], rules, now);
  expect(checkin(computeDueFrom(data([]), summary, now, rules))?.severity).toBe('overdue');
  expect(checkin(computeDueFrom(data([]), summary, at(2026, 11, 26), rules))).toBeUndefined();
});
