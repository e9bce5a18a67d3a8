import { describe, expect, it } from 'vitest';
import { actionable, computeDue, computeDueFrom, summarizeHistory } from '@/lib/schedule';
import { activity, at, letter, mentor, rules } from '../factories';

describe('computeDue', () => {
  const now = at(2026, 12, 20);
  const data = {
    mentors: [mentor(), mentor({ id: 'm2', name: 'Dr. Samuel Okafor', emails: ['sokafor@hospital.example.org'] }), mentor({ id: 'm3', status: 'paused' })],
    letters: [
      letter({ id: 'late', deadline: '2027-01-10' }), // planned, 21 days: late
      letter({ id: 'soon', mentorId: 'm2', deadline: '2027-01-25', status: 'materials-sent' }), // reminder not yet
      letter({ id: 'orphan', mentorId: 'gone' }),
    ],
    activities: [
      activity('email-received', at(2026, 12, 1)), // m1 check-in due Dec 31: upcoming? no, 11 days
      activity('email-sent', at(2026, 11, 1), { mentorId: 'm2' }), // m2 overdue since Dec 1
    ],
  };

  it('lists items most urgent first, then by date, and skips records without a mentor', () => {
    const items = computeDue(data, now, rules);
    expect(items.map((i) => i.id)).toEqual(['letter-ask:late', 'checkin:m2:2026-12-01']);
    expect(items.every((i) => i.mentorName)).toBe(true);
  });

  it('leaves out snoozed items until the snooze ends', () => {
    const snoozes = [{ itemId: 'letter-ask:late', until: at(2026, 12, 21).toISOString() }];
    expect(computeDue(data, now, rules, snoozes).map((i) => i.id)).toEqual(['checkin:m2:2026-12-01']);
    expect(computeDue(data, at(2026, 12, 21, 11), rules, snoozes).map((i) => i.id)).toContain('letter-ask:late');
  });

  it('counts only due and overdue items as actionable', () => {
    const items = computeDue(data, at(2026, 12, 25), rules);
    expect(items.some((i) => i.severity === 'upcoming')).toBe(true);
    expect(actionable(items).every((i) => i.severity !== 'upcoming')).toBe(true);
  });

  it('keeps its ids stable across recomputes in the same cycle (one notification per item)', () => {
    const a = computeDue(data, at(2026, 12, 20, 9), rules).map((i) => i.id);
    const b = computeDue(data, at(2026, 12, 20, 17), rules).map((i) => i.id);
    expect(b).toEqual(a);
  });
});

describe('a history summary kept between recomputes', () => {
  it('gives the same answer later as a fresh computation, scheduled meetings included', () => {
    const built = at(2026, 12, 1);
    const data = {
      mentors: [mentor({ createdAt: at(2026, 6, 1).toISOString() }), mentor({ id: 'm2', name: 'Dr. Samuel Okafor', emails: ['s@x.org'] })],
      letters: [letter({ deadline: '2027-01-20', status: 'materials-sent' })],
      activities: [
        activity('email-received', at(2026, 10, 20)),
        activity('meeting', at(2026, 12, 3, 15)), // ahead when built, past later: a contact, then a thank-you due
        activity('email-sent', at(2026, 9, 1), { mentorId: 'm2' }),
      ],
    };
    const summary = summarizeHistory(data.activities, rules, built);
    for (const later of [at(2026, 12, 2), at(2026, 12, 4), at(2026, 12, 20), at(2027, 1, 14)]) {
      expect(computeDueFrom(data, summary, later, rules)).toEqual(computeDue(data, later, rules));
    }
    expect(computeDueFrom(data, summary, at(2026, 12, 4), rules).map((i) => i.kind)).toContain('meeting-thanks');
  });
});
