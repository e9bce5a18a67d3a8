import { describe, expect, it } from 'vitest';
import { contactYear } from '@/lib/schedule/contact-year';
import { dayKey, localDay } from '@/lib/schedule/dates';
import { activity, at, mentor } from '../factories';

// Added Jan 1 2026, checks in every 30 days; today is Dec 15 2026.
const today = at(2026, 12, 15);
const m = mentor({ createdAt: at(2026, 1, 1).toISOString() });

describe("a mentor's year of contact", () => {
  it('keeps the contacts of the last 12 months, oldest first, without notes or future meetings', () => {
    const acts = [
      activity('meeting', at(2026, 3, 10)),
      activity('email-sent', at(2025, 12, 1)),
      activity('email-received', at(2026, 12, 14)),
      activity('note', at(2026, 6, 1)),
      activity('meeting', at(2026, 12, 20)),
    ];
    const year = contactYear(m, acts, today);
    expect(year.from).toBe('2025-12-15');
    expect(year.to).toBe('2026-12-15');
    expect(year.contacts.map((a) => [a.kind, dayKey(localDay(a.at))])).toEqual([
      ['meeting', '2026-03-10'],
      ['email-received', '2026-12-14'],
    ]);
  });

  it('shows a gap from the day a check-in fell due to the next contact; on the due day is no gap', () => {
    const acts = [
      activity('email-sent', at(2026, 1, 31)), // exactly 30 days after being added: on time
      activity('meeting', at(2026, 3, 12)), // due Mar 2: 10 days late
      activity('update', at(2026, 4, 11)), // due Apr 11: on time
      activity('email-received', at(2026, 12, 1)), // due May 11: 204 days late
    ];
    expect(contactYear(m, acts, today).gaps).toEqual([
      { from: '2026-03-02', to: '2026-03-12', days: 10, open: false },
      { from: '2026-05-11', to: '2026-12-01', days: 204, open: false },
    ]);
  });

  it('leaves a gap open while a check-in is overdue today, and not for a paused mentor', () => {
    const acts = [activity('meeting', at(2026, 11, 1))];
    expect(contactYear(m, acts, today).gaps.at(-1)).toEqual({ from: '2026-12-01', to: '2026-12-15', days: 14, open: true });
    expect(contactYear({ ...m, status: 'paused' }, acts, today).gaps.filter((g) => g.open)).toEqual([]);
    // Due today is not yet a gap.
    expect(contactYear(m, [activity('meeting', at(2026, 11, 15))], today).gaps.filter((g) => g.open)).toEqual([]);
  });

  it('counts from the older of the first contact and the day the mentor was added (imported history)', () => {
    const added = mentor({ createdAt: at(2026, 10, 1).toISOString() });
    const acts = [activity('email-sent', at(2026, 6, 1)), activity('email-received', at(2026, 7, 20))];
    // Jun 1 + 30 = Jul 1, contact Jul 20: 19 days; then due Aug 19, open to today.
    expect(contactYear(added, acts, today).gaps).toEqual([
      { from: '2026-07-01', to: '2026-07-20', days: 19, open: false },
      { from: '2026-08-19', to: '2026-12-15', days: 118, open: true },
    ]);
  });

  it('cuts a gap that began before the year at its first day', () => {
    const old = mentor({ createdAt: at(2025, 6, 1).toISOString() });
    const gaps = contactYear(old, [activity('meeting', at(2026, 2, 1))], today).gaps;
    expect(gaps[0]).toEqual({ from: '2025-12-15', to: '2026-02-01', days: 215, open: false });
  });
});
