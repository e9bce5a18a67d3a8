import { describe, expect, it } from 'vitest';
import { letterHistory, letterPlan } from '@/lib/schedule/season';
import { at, letter, mentor, rules } from '../factories';

// Deadline Jan 15 2027: 6 weeks before is Dec 4 2026, 4 weeks before is Dec 18, a week before Jan 8.
const plan = (over: Parameters<typeof letter>[0], today = at(2026, 10, 1), m = mentor()) => letterPlan(letter(over), m, rules, today);

describe('the season plan of a letter request', () => {
  it('asks by 6 weeks before the deadline: quiet the week before, due, then late under 4 weeks', () => {
    const p = plan({});
    expect(p.askBy).toBe('2026-12-04');
    expect(p.ask).toEqual([
      { from: '2026-11-27', to: '2026-12-04', severity: 'upcoming' },
      { from: '2026-12-05', to: '2026-12-18', severity: 'due' },
      { from: '2026-12-19', to: '2027-01-15', severity: 'overdue' },
    ]);
  });

  it('shows the reminder window the request will have, due from a week before and ending at the deadline', () => {
    const { reminders } = plan({});
    expect(reminders.length).toBeGreaterThan(0);
    const firstDue = reminders.findIndex((s) => s.severity !== 'upcoming');
    expect(reminders[firstDue]).toMatchObject({ from: '2027-01-08', severity: 'due' });
    expect(reminders.slice(0, firstDue).every((s) => s.severity === 'upcoming')).toBe(true);
    expect(reminders.at(-1)?.to).toBe('2027-01-15');
  });

  it('keeps a reminder overdue past the deadline while the letter is not in, up to today', () => {
    const { reminders } = plan({ status: 'materials-sent' }, at(2027, 1, 20));
    expect(reminders.at(-1)).toEqual({ from: '2027-01-16', to: '2027-01-20', severity: 'overdue' });
  });

  it('has no reminder window once both reminders are sent', () => {
    expect(plan({ status: 'materials-sent', remindersSent: 2, lastReminderAt: at(2027, 1, 9).toISOString() }).reminders).toEqual([]);
  });

  it('draws the ask only while not asked, keeps the ask-by day, and drops reminders once submitted', () => {
    const asked = plan({ status: 'asked', askedAt: at(2026, 11, 1).toISOString() });
    expect(asked.ask).toEqual([]);
    expect(asked.askBy).toBe('2026-12-04');
    expect(asked.reminders.length).toBeGreaterThan(0);
    const submitted = plan({ status: 'submitted', submittedAt: at(2027, 1, 10).toISOString() });
    expect(submitted).toEqual({ askBy: '2026-12-04', ask: [], reminders: [] });
  });

  it('asks nothing of an ended mentorship, as the badge does', () => {
    expect(plan({}, at(2026, 10, 1), mentor({ status: 'ended' }))).toEqual({ askBy: undefined, ask: [], reminders: [] });
  });

  it('follows the settings: an 8-week ask moves the ask-by day', () => {
    const p = letterPlan(letter({}), mentor(), { ...rules, askWarnDays: 56 }, at(2026, 10, 1));
    expect(p.askBy).toBe('2026-11-20');
  });

  it('counts calendar days across a daylight-saving change', () => {
    // New York leaves daylight time on Nov 1 2026; 6 weeks before Nov 20 is Oct 9.
    const p = plan({ deadline: '2026-11-20' }, at(2026, 9, 1));
    expect(p.askBy).toBe('2026-10-09');
    expect(p.ask.map((s) => [s.from, s.to])).toEqual([
      ['2026-10-02', '2026-10-09'],
      ['2026-10-10', '2026-10-23'],
      ['2026-10-24', '2026-11-20'],
    ]);
  });

  it('draws nothing for a deadline that is no date', () => {
    expect(plan({ deadline: '2027-02-30' })).toEqual({ ask: [], reminders: [] });
  });
});

describe('what happened to a request', () => {
  it('lists the recorded steps oldest first, skipping missing and unreadable times', () => {
    const l = letter({
      status: 'submitted',
      askedAt: at(2026, 11, 2).toISOString(),
      agreedAt: at(2026, 11, 3).toISOString(),
      materialsSentAt: 'not a date',
      remindersSent: 2,
      lastReminderAt: at(2027, 1, 9).toISOString(),
      submittedAt: at(2027, 1, 12).toISOString(),
    });
    expect(letterHistory(l).map((e) => e.label)).toEqual(['Asked', 'Agreed', 'Reminder 2', 'Submitted']);
  });
  it('ignores a stray reminder time when no reminder was counted', () => {
    expect(letterHistory(letter({ lastReminderAt: at(2027, 1, 9).toISOString() }))).toEqual([]);
  });
});
