import { describe, expect, it } from 'vitest';
import { checkinItem, lastContact } from '@/lib/schedule/checkin';
import type { Activity, Mentor } from '@/lib/data/model';

/** The rule as computeDue applies it: the mentor's last contact, then the check-in. */
const checkin = (m: Mentor, acts: Activity[], now: Date) => checkinItem(m, lastContact(m, acts, now), rules, now);
import { activity, at, mentor, rules } from '../factories';

describe('check-in rule', () => {
  const contact = at(2026, 10, 1, 15); // Oct 1: due Oct 31 at a 30-day cadence
  const acts = [activity('email-received', contact)];

  it('is not shown more than 7 days ahead', () => {
    expect(checkin(mentor(), acts, at(2026, 10, 23))).toBeNull();
  });

  it('is upcoming in the 7 days before the due day', () => {
    const item = checkin(mentor(), acts, at(2026, 10, 24));
    expect(item?.severity).toBe('upcoming');
    expect(item?.reason).toContain('in 7 days');
    expect(checkin(mentor(), acts, at(2026, 10, 30, 23, 59))?.severity).toBe('upcoming');
  });

  it('is due on the day the last contact is cadenceDays old, overdue the day after', () => {
    const onDay = checkin(mentor(), acts, at(2026, 10, 31, 0, 1));
    expect(onDay).toMatchObject({ severity: 'due', dueDate: '2026-10-31', id: 'checkin:m1:2026-10-31' });
    expect(onDay?.reason).toContain('30 days ago');
    expect(checkin(mentor(), acts, at(2026, 11, 1, 0, 1))?.severity).toBe('overdue');
  });

  it('follows the per-mentor cadence', () => {
    const m = mentor({ cadenceDays: 60 });
    expect(checkin(m, acts, at(2026, 11, 1))).toBeNull();
    expect(checkin(m, acts, at(2026, 11, 30))?.severity).toBe('due');
  });

  it('is reset by contact of any kind, but not by a private note', () => {
    const now = at(2026, 11, 5);
    expect(checkin(mentor(), acts, now)?.severity).toBe('overdue');
    for (const kind of ['email-sent', 'meeting', 'update', 'thank-you', 'reminder'] as const) {
      expect(checkin(mentor(), [...acts, activity(kind, at(2026, 11, 2))], now)).toBeNull();
    }
    expect(checkin(mentor(), [...acts, activity('note', at(2026, 11, 2))], now)?.severity).toBe('overdue');
  });

  it('ignores a meeting still in the future as last contact', () => {
    const now = at(2026, 11, 5);
    const future = activity('meeting', at(2026, 11, 20));
    expect(lastContact(mentor(), [...acts, future], now)).toBe(contact.toISOString());
  });

  it('counts from when the mentor was added when there was no contact yet', () => {
    const m = mentor({ createdAt: at(2026, 10, 10).toISOString() });
    const item = checkin(m, [], at(2026, 11, 9));
    expect(item?.severity).toBe('due');
    expect(item?.reason).toContain('No contact since you added them');
  });

  it('never makes paused or ended mentors due', () => {
    const now = at(2027, 3, 1);
    expect(checkin(mentor({ status: 'paused' }), acts, now)).toBeNull();
    expect(checkin(mentor({ status: 'ended' }), acts, now)).toBeNull();
  });

  it('counts calendar days in the user zone, not UTC', () => {
    // 11:30 pm in New York on Oct 1 is already Oct 2 in UTC: the local day must win.
    const late = [activity('email-sent', at(2026, 10, 1, 23, 30))];
    expect(checkin(mentor(), late, at(2026, 10, 31, 8))?.severity).toBe('due');
  });

  it('counts calendar days across the end of daylight saving time', () => {
    // Nov 1 2026 is the DST change in New York; 30 days from Oct 15 is Nov 14 all the same.
    const item = checkin(mentor(), [activity('update', at(2026, 10, 15, 0, 30))], at(2026, 11, 14, 0, 10));
    expect(item).toMatchObject({ severity: 'due', dueDate: '2026-11-14' });
  });

  it('answers in the zone the user is in', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Auckland';
      // 2026-10-01T11:00Z is Oct 2 in Auckland: due Nov 1 there.
      const acts2 = [activity('email-received', new Date('2026-10-01T11:00:00Z'))];
      expect(checkin(mentor(), acts2, new Date('2026-10-31T12:00:00Z'))?.dueDate).toBe('2026-11-01');
    } finally {
      process.env.TZ = saved;
    }
  });
});
