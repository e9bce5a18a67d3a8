import { describe, expect, it } from 'vitest';
import { meetingItems } from '@/lib/schedule/meetings';
import { goalItem } from '@/lib/schedule/goals';
import { activity, at, mentor, rules } from '../factories';

describe('meeting thank-you', () => {
  const meeting = activity('meeting', at(2026, 11, 10, 14), { text: 'Research meeting' });
  it('is due the day of the meeting and for two days, overdue after', () => {
    expect(meetingItems(mentor(), [meeting], rules, at(2026, 11, 10, 16))[0]).toMatchObject({ kind: 'meeting-thanks', severity: 'due', dueDate: '2026-11-10' });
    expect(meetingItems(mentor(), [meeting], rules, at(2026, 11, 12, 23))[0]?.severity).toBe('due');
    expect(meetingItems(mentor(), [meeting], rules, at(2026, 11, 13))[0]?.severity).toBe('overdue');
  });
  it('is settled by a thank-you or any email after the meeting, not before it', () => {
    const now = at(2026, 11, 11);
    expect(meetingItems(mentor(), [meeting, activity('thank-you', at(2026, 11, 10, 18))], rules, now)).toEqual([]);
    expect(meetingItems(mentor(), [meeting, activity('email-sent', at(2026, 11, 11, 9))], rules, now)).toEqual([]);
    expect(meetingItems(mentor(), [meeting, activity('email-sent', at(2026, 11, 9))], rules, now)).toHaveLength(1);
  });
  it('is dropped two weeks on; the check-in takes over', () => {
    expect(meetingItems(mentor(), [meeting], rules, at(2026, 11, 24))).toHaveLength(1);
    expect(meetingItems(mentor(), [meeting], rules, at(2026, 11, 25))).toEqual([]);
  });
});

describe('meeting agenda', () => {
  const meeting = activity('meeting', at(2026, 12, 10, 9));
  it('is upcoming in the week before and due the day before the meeting', () => {
    expect(meetingItems(mentor(), [meeting], rules, at(2026, 12, 1))).toEqual([]);
    expect(meetingItems(mentor(), [meeting], rules, at(2026, 12, 2))[0]).toMatchObject({ kind: 'meeting-agenda', severity: 'upcoming' });
    const due = meetingItems(mentor(), [meeting], rules, at(2026, 12, 9))[0];
    expect(due).toMatchObject({ severity: 'due' });
    expect(due?.reason).toContain('tomorrow');
    expect(meetingItems(mentor(), [meeting], rules, at(2026, 12, 10, 8))[0]?.reason).toContain('today');
  });
  it('is settled by an email sent in the week before', () => {
    expect(meetingItems(mentor(), [meeting, activity('email-sent', at(2026, 12, 8))], rules, at(2026, 12, 9))).toEqual([]);
  });
  it('is not asked of a paused mentor', () => {
    expect(meetingItems(mentor({ status: 'paused' }), [meeting], rules, at(2026, 12, 9))).toEqual([]);
  });
});

describe('goal revisit', () => {
  const goal = { id: 'g1', mentorId: 'm1', text: 'Submit a first-author abstract', revisitOn: '2027-02-01', createdAt: at(2026, 11, 1).toISOString() };
  it('follows the revisit date', () => {
    expect(goalItem(goal, mentor(), rules, at(2027, 1, 24))).toBeNull();
    expect(goalItem(goal, mentor(), rules, at(2027, 1, 25))?.severity).toBe('upcoming');
    expect(goalItem(goal, mentor(), rules, at(2027, 2, 1))?.severity).toBe('due');
    expect(goalItem(goal, mentor(), rules, at(2027, 2, 2))?.severity).toBe('overdue');
  });
  it('is quiet once done or when the mentor is paused', () => {
    expect(goalItem({ ...goal, done: true }, mentor(), rules, at(2027, 2, 2))).toBeNull();
    expect(goalItem(goal, mentor({ status: 'paused' }), rules, at(2027, 2, 2))).toBeNull();
  });
});
