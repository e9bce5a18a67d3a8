process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import type { LetterRequest, Mentor, UserTemplate } from '../../../lib/data/model';
import type { DueItem, DueKind, Severity } from '../../../lib/schedule/types';
import {
  BUILTIN_TEMPLATES,
  suggestTemplates,
  templatesWithUserOverrides,
  type SuggestContext,
} from '../../../lib/templates';

const now = new Date(2027, 0, 10, 9, 0); // Sunday, January 10, 2027, 09:00 local
const mentor: Mentor = {
  id: 'm1',
  name: 'Priya Patel',
  title: 'Dr.',
  emails: ['ppatel@example.org'],
  cadenceDays: 30,
  status: 'active',
  createdAt: '2026-01-01T00:00:00Z',
};

function letter(over: Partial<LetterRequest> = {}): LetterRequest {
  return {
    id: 'l1',
    mentorId: 'm1',
    purpose: 'residency',
    program: 'Mass General Brigham',
    deadline: '2027-01-15', // 5 days after `now`
    status: 'materials-sent',
    remindersSent: 0,
    ...over,
  };
}

function due(kind: DueKind, over: Partial<DueItem> = {}): DueItem {
  return {
    id: `${kind}:m1`,
    kind,
    mentorId: 'm1',
    mentorName: 'Priya Patel',
    dueDate: '2027-01-10',
    severity: 'due' as Severity,
    reason: `rules say ${kind}`,
    ...over,
  };
}

function suggest(over: Partial<SuggestContext> = {}) {
  return suggestTemplates({
    mentor,
    letters: [],
    dueItems: [],
    settings: { maxReminders: 2, minDaysBetweenReminders: 4, reminderDaysBefore: 7, earlyReminderDaysBefore: 21, upcomingDays: 7 },
    now,
    templates: BUILTIN_TEMPLATES,
    ...over,
  });
}

const ids = (list: ReturnType<typeof suggest>) => list.map((s) => s.templateId);
const top = (list: ReturnType<typeof suggest>) => list[0];

describe('letter reminders', () => {
  it('suggests a reminder within a week of the deadline, saying why', () => {
    const s = top(suggest({ letters: [letter()] }));
    expect(s).toMatchObject({ templateId: 'letter-reminder', letterId: 'l1' });
    expect(s.reason).toBe("Dr. Patel's letter for Mass General Brigham is due in 5 days and no reminder has been sent");
  });

  it('offers the optional early one from 3 weeks ahead, ranked below the final week', () => {
    expect(ids(suggest({ letters: [letter({ deadline: '2027-02-01' })] }))).not.toContain('letter-reminder');
    const early = suggest({ letters: [letter({ deadline: '2027-01-31' })] }).find((x) => x.templateId === 'letter-reminder');
    const final = suggest({ letters: [letter({ deadline: '2027-01-17' })] }).find((x) => x.templateId === 'letter-reminder');
    expect(early && final && early.score < final.score).toBe(true);
  });

  it('refuses a third reminder, even when a due item asks for one', () => {
    const list = suggest({
      letters: [letter({ remindersSent: 2, lastReminderAt: '2027-01-01T09:00:00-05:00' })],
      dueItems: [due('letter-reminder', { letterId: 'l1', severity: 'overdue' })],
    });
    expect(ids(list)).not.toContain('letter-reminder');
  });

  it('refuses any reminder beyond a lower maxReminders', () => {
    const list = suggest({
      letters: [letter({ remindersSent: 1, lastReminderAt: '2027-01-01T09:00:00-05:00' })],
      settings: { maxReminders: 1, minDaysBetweenReminders: 4, reminderDaysBefore: 7, earlyReminderDaysBefore: 21, upcomingDays: 7 },
    });
    expect(ids(list)).not.toContain('letter-reminder');
  });

  it('waits minDaysBetweenReminders calendar days after the last one', () => {
    const after = (lastReminderAt: string) =>
      suggest({ letters: [letter({ remindersSent: 1, lastReminderAt })], dueItems: [due('letter-reminder', { letterId: 'l1' })] });
    expect(ids(after('2027-01-08T09:00:00-05:00'))).not.toContain('letter-reminder'); // 2 days ago
    expect(ids(after('2027-01-07T23:59:00-05:00'))).not.toContain('letter-reminder'); // 3 days ago
    const s = after('2027-01-06T00:01:00-05:00').find((x) => x.templateId === 'letter-reminder'); // 4 days ago
    expect(s?.reason).toBe("Dr. Patel's letter for Mass General Brigham is due in 5 days; 1 reminder was sent, so this would be the last");
  });

  it('ranks a second reminder below a first one', () => {
    const score = (remindersSent: number) =>
      suggest({ letters: [letter({ remindersSent })] }).find((s) => s.templateId === 'letter-reminder')!.score;
    expect(score(1)).toBeLessThan(score(0));
  });

  it('never suggests a reminder for a letter it cannot check', () => {
    const list = suggest({ dueItems: [due('letter-reminder', { letterId: 'unknown' })] });
    expect(ids(list)).not.toContain('letter-reminder');
  });

  it('follows the same window as the due items past the deadline, but not once the final one is sent', () => {
    const late = letter({ deadline: '2027-01-08' });
    const finalSent = letter({ deadline: '2027-01-12', remindersSent: 1, lastReminderAt: '2027-01-05T09:00:00-05:00' });
    expect(ids(suggest({ letters: [finalSent] }))).not.toContain('letter-reminder');
    const s = top(suggest({ letters: [late], dueItems: [due('letter-reminder', { letterId: 'l1', severity: 'overdue' })] }));
    expect(s.templateId).toBe('letter-reminder');
    expect(s.reason).toContain('was due 2 days ago');
  });

  it('sends the packet, not a reminder, when the writer agreed but has no materials yet', () => {
    const list = suggest({ letters: [letter({ status: 'agreed' })] });
    expect(top(list)).toMatchObject({ templateId: 'letter-packet', letterId: 'l1' });
    expect(top(list).reason).toBe('Dr. Patel agreed to write for Mass General Brigham and the packet has not been sent; the letter is due in 5 days');
    expect(ids(list)).not.toContain('letter-reminder');
    // Once the packet is recorded as sent, the reminder is possible.
    expect(top(suggest({ letters: [letter({ status: 'agreed', materialsSentAt: '2027-01-02T10:00:00Z' })] })).templateId).toBe('letter-reminder');
  });

  it('suggests nothing more for a submitted letter than thanks', () => {
    const list = suggest({ letters: [letter({ status: 'submitted', submittedAt: '2027-01-09T10:00:00Z' })] });
    expect(ids(list)).not.toContain('letter-reminder');
  });
});

describe('the other letter steps', () => {
  it('thanks a writer whose letter was submitted', () => {
    const s = top(suggest({ letters: [letter({ status: 'submitted' })] }));
    expect(s).toMatchObject({ templateId: 'letter-thanks', letterId: 'l1' });
    expect(s.reason).toBe('Dr. Patel submitted the letter for Mass General Brigham and has not been thanked yet');
    expect(ids(suggest({ letters: [letter({ status: 'thanked', thankedAt: '2027-01-09T10:00:00Z' })] }))).not.toContain('letter-thanks');
  });

  it('asks for a planned letter, more urgently once the letter-ask is due', () => {
    const planned = letter({ status: 'planned', deadline: '2027-02-19' });
    const quiet = top(suggest({ letters: [planned] }));
    expect(quiet).toMatchObject({ templateId: 'letter-request', letterId: 'l1' });
    expect(quiet.reason).toBe('The letter for Mass General Brigham is due in 40 days and Dr. Patel has not been asked yet');
    const flagged = top(suggest({ letters: [planned], dueItems: [due('letter-ask', { letterId: 'l1' })] }));
    expect(flagged.templateId).toBe('letter-request');
    expect(flagged.score).toBeGreaterThan(quiet.score);
  });

  it('answers a decline until it has been handled', () => {
    const declined = letter({ status: 'declined', declinedAt: '2027-01-09T10:00:00Z' });
    expect(top(suggest({ letters: [declined] }))).toMatchObject({ templateId: 'decline-reply', letterId: 'l1' });
    expect(ids(suggest({ letters: [{ ...declined, declineHandledAt: '2027-01-09T12:00:00Z' }] }))).not.toContain('decline-reply');
  });

  it('shares an outcome once it is known, and only once', () => {
    const thanked = letter({ status: 'thanked', outcome: 'Matched', outcomeKnownAt: '2027-03-19T12:00:00Z' });
    const s = top(suggest({ letters: [thanked] }));
    expect(s).toMatchObject({ templateId: 'outcome-update', letterId: 'l1' });
    expect(s.reason).toBe('Your outcome for Mass General Brigham is in (Matched); Dr. Patel will want to hear it');
    expect(ids(suggest({ letters: [{ ...thanked, outcome: undefined }] }))).not.toContain('outcome-update');
    expect(ids(suggest({ letters: [{ ...thanked, status: 'outcome-shared', outcomeSharedAt: '2027-03-20T00:00:00Z' }] }))).not.toContain(
      'outcome-update',
    );
  });

  it('keeps one suggestion per letter', () => {
    const list = suggest({ letters: [letter(), letter({ id: 'l2', program: 'UCSF', deadline: '2027-01-12' })] });
    const reminders = list.filter((s) => s.templateId === 'letter-reminder');
    expect(reminders.map((s) => s.letterId)).toEqual(['l2', 'l1']); // the nearer deadline first
  });

  it('uses a letter due item on its own when the letter record is not given', () => {
    const s = top(suggest({ dueItems: [due('letter-thanks', { letterId: 'l9', reason: 'Thank Dr. Patel for the letter' })] }));
    expect(s).toEqual({ templateId: 'letter-thanks', letterId: 'l9', score: expect.any(Number), reason: 'Thank Dr. Patel for the letter' });
  });
});

describe('meetings and check-ins', () => {
  it('thanks after a meeting', () => {
    const s = top(suggest({ dueItems: [due('meeting-thanks', { dueDate: '2027-01-11' })] }));
    expect(s).toEqual({ templateId: 'thank-you', score: expect.any(Number), reason: 'Your thank-you to Dr. Patel for the meeting is due tomorrow' });
  });

  it('sends an agenda before a meeting', () => {
    expect(top(suggest({ dueItems: [due('meeting-agenda')] })).templateId).toBe('meeting-agenda');
  });

  it('offers a progress update, and a milestone update lower, when a check-in is due', () => {
    const list = suggest({ dueItems: [due('checkin', { dueDate: '2027-01-07', severity: 'overdue' })] });
    expect(top(list)).toMatchObject({ templateId: 'progress-update', reason: 'Your check-in with Dr. Patel was due 3 days ago' });
    expect(ids(list).indexOf('milestone-update')).toBe(1);
  });

  it('ranks an upcoming check-in below a due one', () => {
    const score = (severity: Severity) => top(suggest({ dueItems: [due('checkin', { severity })] })).score;
    expect(score('upcoming')).toBeLessThan(score('due'));
    expect(score('due')).toBeLessThan(score('overdue'));
  });

  it('lets letter steps outrank a check-in', () => {
    const list = suggest({ letters: [letter({ status: 'submitted' })], dueItems: [due('checkin')] });
    expect(ids(list).slice(0, 2)).toEqual(['letter-thanks', 'progress-update']);
  });
});

describe('threads, fallbacks and paused mentors', () => {
  it('always offers an update, an agenda and a reschedule, in that order', () => {
    const list = suggest();
    expect(ids(list)).toEqual(['progress-update', 'meeting-agenda', 'reschedule']);
    expect(list[2].reason).toBe("Need to move a meeting with Dr. Patel? Give 24 to 48 hours' notice");
  });

  it('boosts a reply when the mentor wrote last', () => {
    const thread = { lastFromMentorAt: '2027-01-09T10:00:00Z', lastFromMeAt: '2027-01-02T10:00:00Z', subject: 'Re: research plans' };
    const list = suggest({ thread });
    expect(ids(list).slice(0, 2)).toEqual(['progress-update', 'thank-you']);
    expect(list[0].reason).toBe('Dr. Patel wrote last in "Re: research plans" and has not had a reply');
    expect(list[0].score).toBeGreaterThan(suggest()[0].score);
    const checkin = [due('checkin')];
    expect(top(suggest({ thread, dueItems: checkin })).score).toBeGreaterThan(top(suggest({ dueItems: checkin })).score);
  });

  it('does not boost when the user replied last', () => {
    const thread = { lastFromMentorAt: '2027-01-02T10:00:00Z', lastFromMeAt: '2027-01-09T10:00:00Z' };
    expect(suggest({ thread })).toEqual(suggest());
  });

  it('suggests nothing pushy for a paused or ended mentor', () => {
    for (const status of ['paused', 'ended'] as const) {
      const list = suggest({
        mentor: { ...mentor, status },
        letters: [letter({ id: 'l1' }), letter({ id: 'l2', status: 'planned' })],
        dueItems: [due('checkin'), due('meeting-agenda'), due('goal-revisit')],
      });
      expect(ids(list)).toEqual(['wind-down']);
      expect(list[0].score).toBeLessThan(10);
    }
  });

  it('still thanks a paused mentor for a letter, and answers their message', () => {
    const list = suggest({
      mentor: { ...mentor, status: 'paused' },
      letters: [letter({ status: 'submitted' })],
      thread: { lastFromMentorAt: '2027-01-09T10:00:00Z' },
    });
    expect(ids(list)).toEqual(['letter-thanks', 'progress-update', 'thank-you', 'wind-down']);
    expect(list[3].reason).toBe('You paused contact with Dr. Patel; if you are stepping back, a gracious thank-you closes the loop');
  });

  it('names a mentor without a title by full name', () => {
    expect(suggest({ mentor: { ...mentor, title: undefined } })[0].reason).toBe('A short update keeps Priya Patel in the loop');
  });
});

describe('user templates', () => {
  const mine = (over: Partial<UserTemplate>): UserTemplate => ({
    id: 'u1',
    name: 'My reminder',
    subject: 's',
    body: 'b',
    updatedAt: '2026-12-01T00:00:00Z',
    ...over,
  });

  it("suggests the user's version of a built-in in its place", () => {
    const templates = templatesWithUserOverrides(BUILTIN_TEMPLATES, [mine({ builtinId: 'letter-reminder' })]);
    const list = suggest({ templates, letters: [letter()] });
    expect(top(list)).toMatchObject({ templateId: 'u1', letterId: 'l1' });
    expect(ids(list)).not.toContain('letter-reminder');
  });

  it("offers the user's own templates, low", () => {
    const templates = templatesWithUserOverrides(BUILTIN_TEMPLATES, [mine({ id: 'c1', name: 'Coffee chat' })]);
    const list = suggest({ templates });
    expect(list.at(-1)).toEqual({ templateId: 'c1', score: expect.any(Number), reason: 'Your own template "Coffee chat"' });
    expect(list.at(-1)!.score).toBeLessThan(list.at(-2)!.score);
    expect(ids(suggest({ templates, mentor: { ...mentor, status: 'ended' } }))).toContain('c1');
  });

  it('suggests only templates it was given', () => {
    const templates = BUILTIN_TEMPLATES.filter((t) => t.purpose !== 'agenda');
    expect(ids(suggest({ templates }))).toEqual(['progress-update', 'reschedule']);
  });
});

describe('ordering', () => {
  it('is sorted by score, highest first, and stable for equal input', () => {
    const ctx = {
      letters: [letter(), letter({ id: 'l2', status: 'submitted' }), letter({ id: 'l3', status: 'declined' })],
      dueItems: [due('checkin'), due('meeting-thanks')],
    };
    const list = suggest(ctx);
    const scores = list.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(suggest(ctx)).toEqual(list);
    expect(ids(list).slice(0, 3)).toEqual(['letter-reminder', 'letter-thanks', 'thank-you']);
  });
});

describe('the gentle follow-up', () => {
  const asked = letter({ status: 'asked', askedAt: '2027-01-02T09:00:00-05:00' });
  const hasFollowUp = (over: Partial<SuggestContext>) => ids(suggest(over)).includes('follow-up');
  it('is suggested exactly when an unanswered letter request or email has its item', () => {
    expect(hasFollowUp({ letters: [asked] })).toBe(false);
    const s = top(suggest({ letters: [asked], dueItems: [due('letter-ask-followup', { letterId: 'l1' })] }));
    expect(s).toMatchObject({ templateId: 'follow-up', letterId: 'l1' });
    expect(hasFollowUp({ dueItems: [due('awaiting-reply', { severity: 'upcoming' })] })).toBe(true);
    // A reply owed, a check-in or a reminder is not a follow-up on an unanswered email.
    expect(hasFollowUp({ dueItems: [due('reply-owed'), due('checkin')] })).toBe(false);
    expect(hasFollowUp({ letters: [letter()], dueItems: [due('letter-reminder', { letterId: 'l1' })] })).toBe(false);
  });
  it('is not suggested for an unanswered request once the letter moved on', () => {
    const agreed = letter({ status: 'agreed', askedAt: '2027-01-02T09:00:00-05:00' });
    expect(hasFollowUp({ letters: [agreed], dueItems: [due('letter-ask-followup', { letterId: 'l1' })] })).toBe(false);
  });
});
