// itemsChangeAt: until the instant it gives, a mentor's items are the same at every moment, so the
// worker may keep them. Checked against mentorItems itself, at many moments before that instant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockAt, itemsChangeAt } from '@/lib/schedule/clock';
import { mentorItems, summarizeMentor } from '@/lib/schedule';
import { ACTIVITY_KINDS, LETTER_STATUSES, type Activity, type Goal, type LetterRequest, type Mentor } from '@/lib/data/model';
import { activity, at, mentor, rules } from '../factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BASE = at(2026, 12, 1, 0).getTime();

describe('when a mentor\'s items next change with the clock', () => {
  const now = at(2026, 12, 1, 10);
  const midnight = at(2026, 12, 2, 0).getTime();
  const history = (acts: Activity[], built = now) => summarizeMentor(acts, rules, built);

  it('is the next local midnight when nothing is dated ahead', () => {
    expect(itemsChangeAt(undefined, clockAt(now))).toBe(midnight);
    expect(itemsChangeAt(history([activity('email-sent', at(2026, 11, 20))]), clockAt(now))).toBe(midnight);
  });

  it('is the time of a meeting later today (the agenda becomes a thank-you) or of an email dated ahead', () => {
    const meeting = activity('meeting', at(2026, 12, 1, 14));
    expect(itemsChangeAt(history([meeting]), clockAt(now))).toBe(at(2026, 12, 1, 14).getTime());
    const ahead = activity('email-sent', at(2026, 12, 1, 11, 30));
    expect(itemsChangeAt(history([ahead, meeting]), clockAt(now))).toBe(at(2026, 12, 1, 11, 30).getTime());
    // Once it is past, the next thing ahead.
    expect(itemsChangeAt(history([ahead, meeting]), clockAt(at(2026, 12, 1, 12)))).toBe(at(2026, 12, 1, 14).getTime());
  });

  it('watches a timestamp written without milliseconds until the rules count it as past', () => {
    const ahead: Activity = { id: 'x', mentorId: 'm1', kind: 'meeting', at: '2026-12-01T15:00:00Z' };
    const justAfter = new Date(Date.parse(ahead.at) + 500);
    // By string comparison (the rules' own), "…:00Z" is still after "…:00.500Z".
    expect(itemsChangeAt(history([ahead]), clockAt(justAfter))).toBe(justAfter.getTime() + 1);
  });

  // Random records around a random moment: the items at every sampled moment before the
  // instant equal those at the start.
  const minutes = fc.integer({ min: -25 * 24 * 60, max: 25 * 24 * 60 });
  const arbitraryActivity = fc.record({ kind: fc.constantFrom(...ACTIVITY_KINDS, 'meeting', 'meeting'), m: minutes }).map(
    ({ kind, m }): Omit<Activity, 'id'> => ({ mentorId: 'm1', kind, at: new Date(BASE + m * 60_000).toISOString() }),
  );
  const arbitraryLetter = fc
    .record({ status: fc.constantFrom(...LETTER_STATUSES), deadline: fc.integer({ min: -10, max: 60 }), step: fc.integer({ min: -30, max: 1 }), reminders: fc.integer({ min: 0, max: 2 }) })
    .map(({ status, deadline, step, reminders }): LetterRequest => ({
      id: `l${deadline}${step}`, mentorId: 'm1', purpose: 'residency', program: 'P', status, remindersSent: reminders,
      deadline: new Date(BASE + deadline * DAY).toISOString().slice(0, 10),
      askedAt: new Date(BASE + (step - 9) * DAY).toISOString(), agreedAt: new Date(BASE + (step - 5) * DAY).toISOString(), submittedAt: new Date(BASE + step * DAY).toISOString(),
    }));
  const arbitraryGoal = fc.integer({ min: -5, max: 20 }).map((d): Goal => ({ id: `g${d}`, mentorId: 'm1', text: 'Goal', revisitOn: new Date(BASE + d * DAY).toISOString().slice(0, 10), done: false, createdAt: new Date(BASE - 90 * DAY).toISOString() }));
  const scenario = fc.record({
    acts: fc.array(arbitraryActivity, { maxLength: 8 }),
    letters: fc.array(arbitraryLetter, { maxLength: 2 }),
    goals: fc.array(arbitraryGoal, { maxLength: 2 }),
    created: fc.integer({ min: -120, max: 0 }),
    cadence: fc.constantFrom(7, 14, 30),
    upcomingDays: fc.integer({ min: 1, max: 14 }),
    // The summary is built a while before the moment, as the worker's is.
    builtBefore: fc.integer({ min: 0, max: 48 * 60 }),
    nowMinutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
    samples: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 6 }),
  });

  it('gives the same items at every moment before the instant it returns', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const settings = { ...rules, upcomingDays: s.upcomingDays };
        const now = new Date(BASE + s.nowMinutes * 60_000);
        const acts = s.acts.map((a, i) => ({ ...a, id: `a${i}` }));
        const m: Mentor = mentor({ cadenceDays: s.cadence, createdAt: new Date(BASE + s.created * DAY).toISOString() });
        const summary = summarizeMentor(acts, settings, new Date(now.getTime() - s.builtBefore * 60_000));
        const own = { letters: s.letters, goals: s.goals, history: summary };
        const until = itemsChangeAt(summary, clockAt(now));
        expect(until).toBeGreaterThan(now.getTime());
        const then = mentorItems(m, own, settings, now);
        const moments = [until - 1, ...s.samples.map((f) => now.getTime() + Math.floor(f * (until - now.getTime())))];
        for (const t of moments) expect(mentorItems(m, own, settings, new Date(t))).toEqual(then);
      }),
      { numRuns: 400 },
    );
  });
});
