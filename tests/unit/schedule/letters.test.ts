import { describe, expect, it } from 'vitest';
import { letterItems, nextStep, isOpen } from '@/lib/schedule/letters';
import type { MailSummary } from '@/lib/schedule/replies';
import { at, letter, mentor, rules } from '../factories';

const m = mentor();
// Deadline Jan 15 2027: 6 weeks before is Dec 4 2026, 4 weeks before is Dec 18 2026.
const items = (over: Parameters<typeof letter>[0], now: Date) => letterItems(letter(over), m, rules, now);
const one = (over: Parameters<typeof letter>[0], now: Date) => {
  const list = items(over, now);
  expect(list.length).toBeLessThanOrEqual(1);
  return list[0];
};

describe('asking for a letter', () => {
  it('stays quiet well ahead of the 6-week mark', () => {
    expect(items({}, at(2026, 11, 26))).toEqual([]);
  });
  it('is upcoming in the week before 6 weeks remain, with the ask-by date', () => {
    const item = one({}, at(2026, 11, 27));
    expect(item).toMatchObject({ kind: 'letter-ask', severity: 'upcoming', dueDate: '2026-12-05' });
    expect(item?.reason).toContain('by Dec 4');
  });
  it('is still only upcoming with exactly 6 weeks left', () => {
    expect(one({}, at(2026, 12, 4))?.severity).toBe('upcoming');
  });
  it('is due once fewer than 6 weeks remain', () => {
    const item = one({}, at(2026, 12, 5));
    expect(item?.severity).toBe('due');
    expect(item?.reason).toContain('41 days');
  });
  it('is due with exactly 4 weeks left and late under 4 weeks', () => {
    expect(one({}, at(2026, 12, 18))?.severity).toBe('due');
    const late = one({}, at(2026, 12, 19));
    expect(late?.severity).toBe('overdue');
    expect(late?.reason).toMatch(/^Late: only 27 days left/);
  });
  it('says so when the deadline has passed', () => {
    expect(one({}, at(2027, 1, 16))?.reason).toContain('the deadline has passed');
  });
  it('uses the settings figures (e.g. the 8-week ideal)', () => {
    const eight = letterItems(letter(), m, { ...rules, askWarnDays: 56 }, at(2026, 11, 21));
    expect(eight[0]?.severity).toBe('due');
  });
});

describe('after they agree', () => {
  const agreed = { status: 'agreed' as const, askedAt: at(2026, 11, 1).toISOString(), agreedAt: at(2026, 11, 2).toISOString() };
  it('asks for the packet promptly, overdue after 3 days', () => {
    expect(one(agreed, at(2026, 11, 5))).toMatchObject({ kind: 'letter-packet', severity: 'due', dueDate: '2026-11-02' });
    expect(one(agreed, at(2026, 11, 6))?.severity).toBe('overdue');
  });
  it('stops asking for the packet once it is sent', () => {
    expect(items({ ...agreed, status: 'materials-sent' }, at(2026, 11, 20))).toEqual([]);
  });
});

describe('reminders', () => {
  const sent = { status: 'materials-sent' as const };
  // Deadline Jan 15: the early reminder from Dec 25 (3 weeks), the final one from Jan 8 (1 week).
  it('offers an optional early one 3 weeks ahead quietly, then the final one due a week before', () => {
    expect(items(sent, at(2026, 12, 24))).toEqual([]);
    const early = one(sent, at(2026, 12, 25));
    expect(early).toMatchObject({ kind: 'letter-reminder', severity: 'upcoming', dueDate: '2026-12-25', id: 'letter-reminder:l1:1' });
    expect(early?.reason).toContain('Optional early follow-up 1 of 2');
    expect(one(sent, at(2027, 1, 7))?.severity).toBe('upcoming');
    const due = one(sent, at(2027, 1, 8));
    expect(due).toMatchObject({ severity: 'due', dueDate: '2027-01-08', id: 'letter-reminder:l1:1' });
    expect(due?.reason).toContain('in 7 days');
    expect(one(sent, at(2027, 1, 15))?.reason).toContain('the deadline is today');
  });
  it('is overdue when the deadline passed with no reminder and no submission', () => {
    expect(one(sent, at(2027, 1, 16))?.severity).toBe('overdue');
  });
  it('after the early one, the final one is still due a week before', () => {
    const early = { ...sent, remindersSent: 1, lastReminderAt: at(2026, 12, 26).toISOString() };
    expect(items(early, at(2026, 12, 31))).toEqual([]);
    expect(one(early, at(2027, 1, 1))).toMatchObject({ severity: 'upcoming', id: 'letter-reminder:l1:2' });
    expect(one(early, at(2027, 1, 8))).toMatchObject({ severity: 'due', id: 'letter-reminder:l1:2' });
    expect(one(early, at(2027, 1, 16))?.severity).toBe('overdue');
  });
  it('after the final one, nothing more until the deadline passes unsubmitted, which makes the last overdue', () => {
    const final = { ...sent, remindersSent: 1, lastReminderAt: at(2027, 1, 8).toISOString() };
    for (const day of [9, 12, 14, 15]) expect(items(final, at(2027, 1, day))).toEqual([]);
    const late = one(final, at(2027, 1, 16));
    expect(late).toMatchObject({ severity: 'overdue', id: 'letter-reminder:l1:2' });
    expect(late?.reason).toContain('follow-up 2 of 2');
  });
  it('has no early one when only one follow-up is allowed', () => {
    const single = { ...rules, maxReminders: 1 };
    expect(letterItems(letter(sent), m, single, at(2026, 12, 25))).toEqual([]);
    expect(letterItems(letter(sent), m, single, at(2027, 1, 1))[0]?.severity).toBe('upcoming');
    expect(letterItems(letter(sent), m, single, at(2027, 1, 8))[0]?.severity).toBe('due');
  });
  it('never suggests a third reminder, whatever the date', () => {
    const twice = { ...sent, remindersSent: 2, lastReminderAt: at(2027, 1, 10).toISOString() };
    for (const day of [8, 15, 20, 31]) expect(items(twice, at(2027, 1, day))).toEqual([]);
    expect(nextStep(letter(twice), rules)).toContain('no more reminders');
  });
  it('never two reminders within a few days', () => {
    const justNow = { ...sent, remindersSent: 1, lastReminderAt: at(2027, 1, 14).toISOString() };
    expect(items(justNow, at(2027, 1, 16))).toEqual([]);
    expect(items(justNow, at(2027, 1, 17))).toEqual([]);
    expect(one(justNow, at(2027, 1, 18))?.severity).toBe('overdue');
  });
  it('also applies while the packet is not yet sent', () => {
    const list = items({ status: 'agreed', agreedAt: at(2027, 1, 9).toISOString() }, at(2027, 1, 9));
    expect(list.map((i) => i.kind)).toEqual(['letter-packet', 'letter-reminder']);
  });
});

describe('after the letter', () => {
  it('asks for a thank-you once submitted, overdue after 2 days', () => {
    const sub = { status: 'submitted' as const, submittedAt: at(2027, 1, 10, 16).toISOString() };
    expect(one(sub, at(2027, 1, 10, 18))).toMatchObject({ kind: 'letter-thanks', severity: 'due' });
    expect(one(sub, at(2027, 1, 12))?.severity).toBe('due');
    expect(one(sub, at(2027, 1, 13))?.severity).toBe('overdue');
  });
  it('asks to share the outcome once one is recorded, and not before', () => {
    expect(items({ status: 'thanked' }, at(2027, 3, 1))).toEqual([]);
    const known = { status: 'thanked' as const, outcome: 'Interview invitation', outcomeKnownAt: at(2027, 3, 1).toISOString() };
    const item = one(known, at(2027, 3, 2));
    expect(item).toMatchObject({ kind: 'letter-outcome', severity: 'due' });
    expect(item?.reason).toContain('Interview invitation');
    expect(one(known, at(2027, 3, 9))?.severity).toBe('overdue');
    expect(items({ ...known, status: 'outcome-shared', outcomeSharedAt: at(2027, 3, 3).toISOString() }, at(2027, 3, 9))).toEqual([]);
  });
  it('is closed once the outcome is shared', () => {
    expect(isOpen(letter({ status: 'outcome-shared' }))).toBe(false);
    expect(isOpen(letter({ status: 'thanked' }))).toBe(true);
  });
});

describe('a decline', () => {
  const declined = { status: 'declined' as const, declinedAt: at(2026, 11, 20).toISOString() };
  it('prompts thanks and another writer, overdue when under 4 weeks remain', () => {
    const item = one(declined, at(2026, 11, 21));
    expect(item).toMatchObject({ kind: 'letter-find-writer', severity: 'due' });
    expect(item?.reason).toContain('ask another writer');
    expect(one(declined, at(2026, 12, 19))?.severity).toBe('overdue');
  });
  it('is settled once handled', () => {
    const handled = { ...declined, declineHandledAt: at(2026, 11, 22).toISOString() };
    expect(items(handled, at(2026, 11, 23))).toEqual([]);
    expect(isOpen(letter(handled))).toBe(false);
  });
});

describe('an unanswered letter request', () => {
  const asked = { status: 'asked' as const, askedAt: at(2026, 11, 2, 9).toISOString() };
  const withMail = (over: Parameters<typeof letter>[0], now: Date, mail: MailSummary, who = m) => letterItems(letter(over), who, rules, now, mail);
  it('waits quietly for 6 days, then one follow-up is due on day 7', () => {
    expect(items(asked, at(2026, 11, 8))).toEqual([]);
    const item = one(asked, at(2026, 11, 9));
    expect(item).toMatchObject({ kind: 'letter-ask-followup', severity: 'due', dueDate: '2026-11-09', letterId: 'l1' });
    expect(item?.reason).toContain('7 days after you asked');
  });
  it('is cancelled by an email from the mentor since the ask, not by one before it', () => {
    expect(withMail(asked, at(2026, 11, 20), { lastIn: at(2026, 11, 3).toISOString() })).toEqual([]);
    expect(withMail(asked, at(2026, 11, 20), { lastIn: at(2026, 11, 1).toISOString() })).toHaveLength(1);
  });
  it('is cancelled by "They replied"', () => {
    const replied = mentor({ theyRepliedAt: at(2026, 11, 5).toISOString() });
    expect(withMail(asked, at(2026, 11, 20), {}, replied)).toEqual([]);
  });
  it('is one follow-up only, and it counts toward the cap with the deadline reminders', () => {
    const followed = { ...asked, remindersSent: 1, lastReminderAt: at(2026, 11, 9).toISOString() };
    expect(items(followed, at(2026, 11, 30))).toEqual([]);
    // Agreed later: only the final reminder remains, no early one.
    const agreed = { ...followed, status: 'materials-sent' as const };
    expect(items(agreed, at(2026, 12, 26))).toEqual([]);
    expect(one(agreed, at(2027, 1, 8))).toMatchObject({ kind: 'letter-reminder', severity: 'due', id: 'letter-reminder:l1:2' });
    // With a cap of 1 the ask follow-up used it: no deadline reminder at all.
    expect(letterItems(letter(agreed), m, { ...rules, maxReminders: 1 }, at(2027, 1, 16))).toEqual([]);
  });
});

describe('an ended mentorship', () => {
  const ended = mentor({ status: 'ended' });
  it('asks nothing more of the mentor: no ask, no reminder', () => {
    expect(letterItems(letter(), ended, rules, at(2026, 12, 20))).toEqual([]);
    expect(letterItems(letter({ status: 'materials-sent' }), ended, rules, at(2027, 1, 10))).toEqual([]);
  });
  it('still answers what the mentor did: a submitted letter is thanked', () => {
    const list = letterItems(letter({ status: 'submitted', submittedAt: at(2027, 1, 10).toISOString() }), ended, rules, at(2027, 1, 10, 18));
    expect(list.map((i) => i.kind)).toEqual(['letter-thanks']);
  });
  it('says plainly when a declined letter is past its deadline', () => {
    const list = letterItems(letter({ status: 'declined', declinedAt: at(2027, 1, 1).toISOString() }), mentor(), rules, at(2027, 1, 18));
    expect(list[0].reason).toContain('the deadline has passed');
    expect(list[0].reason).not.toMatch(/-\d/);
  });
});
